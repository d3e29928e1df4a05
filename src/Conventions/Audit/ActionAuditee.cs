namespace Conventions.Audit;

/// <summary>The actions the audit trail records (stable strings: they are stored).</summary>
public static class ActionAuditee
{
    public const string ComiteConstitue = "comite.constitue";
    public const string CompositionModifiee = "comite.composition-modifiee";
    public const string PresidenceDesignee = "comite.presidence-designee";
    public const string ScrutinOuvert = "vote.ouvert";
    public const string VoteExprime = "vote.exprime";
    public const string ScrutinClos = "vote.clos";
    public const string DossierSoumis = "dossier.soumis";
    public const string DossierRenvoye = "dossier.renvoye";
    public const string DossierEnAnalyse = "dossier.en-analyse";
    public const string DossierInscrit = "dossier.inscrit-au-comite";
    public const string AvisDePertinence = "dossier.avis-de-pertinence";
    public const string DossierApprouve = "dossier.approuve";
    public const string DossierRejete = "dossier.rejete";
    public const string PlanRedige = "plan.redige";
    public const string PlanActionAjoutee = "plan.action-ajoutee";
    public const string PlanActionModifiee = "plan.action-modifiee";
    public const string PlanActionRetiree = "plan.action-retiree";
    public const string PlanInscrit = "plan.inscrit";
    public const string PlanAvisFavorable = "plan.avis-favorable";
    public const string PlanRenvoye = "plan.renvoye";
    public const string PlanValide = "plan.valide";
    public const string PlanRemplace = "plan.remplace";
    public const string PlanActionSuivie = "plan.action-suivie";
    public const string SeancePlanifiee = "seance.planifiee";
    public const string SeancePointInscrit = "seance.point-inscrit";
    public const string SeanceCompteRenduRedige = "seance.compte-rendu-redige";
    public const string SeanceCompteRenduSoumis = "seance.compte-rendu-soumis";
    public const string SeanceCompteRenduApprouve = "seance.compte-rendu-approuve";
    public const string SeanceCompteRenduRenvoye = "seance.compte-rendu-renvoye";
    public const string ConventionParticuliereRedigee = "convention-particuliere.redigee";
    public const string ConventionParticuliereModifiee = "convention-particuliere.modifiee";
    public const string ConventionParticuliereInscrite = "convention-particuliere.inscrite";
    public const string ConventionParticuliereAvisFavorable = "convention-particuliere.avis-favorable";
    public const string ConventionParticuliereRenvoyee = "convention-particuliere.renvoyee";
    public const string ConventionParticuliereValidee = "convention-particuliere.validee";
    public const string ConventionRedigee = "convention.redigee";
    public const string ConventionSignee = "convention.signee";
    public const string ConventionSignatairesDesignes = "convention.signataires-designes";
    public const string ConventionSignatureRefusee = "convention.signature-refusee";
    public const string ConventionDocumentRemplace = "convention.document-remplace";
    public const string ConventionEnVigueur = "convention.en-vigueur";
    public const string AvenantPropose = "avenant.propose";
    public const string AvenantSigne = "avenant.signe";
    public const string AvenantEnVigueur = "avenant.en-vigueur";
    public const string PreavisDonne = "convention.preavis";
    public const string EvaluationDemandee = "evaluation.demandee";
    public const string CompteRenduDepose = "evaluation.compte-rendu-depose";
    public const string CompteRenduValide = "evaluation.compte-rendu-valide";
    public const string DysfonctionnementSignale = "convention.dysfonctionnement";
    public const string LitigeOuvert = "convention.litige";
    public const string RevisionDemandee = "convention.revision-demandee";
}
