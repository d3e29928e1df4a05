namespace TeamsConventions.Bot.Resources;

/// <summary>
/// Keys of <c>Textes.resx</c> (French, the neutral language) and <c>Textes.en.resx</c>. Domain errors are keyed
/// <c>ErreurMetier.{code}</c> by their stable code instead (see <see cref="Textes.Erreur"/>), committee sides
/// <c>Cote.{side}</c> by the side's code in the statutes.
/// </summary>
public static class CleTexte
{
    public const string AccueilTitre = "Accueil.Titre";
    public const string AccueilIntro = "Accueil.Intro";
    public const string AccueilIntroEquipe = "Accueil.IntroEquipe";
    public const string AccueilSuite = "Accueil.Suite";
    public const string BoutonAide = "Bouton.Aide";
    public const string BoutonMesElements = "Bouton.MesElements";
    public const string AideTitre = "Aide.Titre";
    public const string AideIntro = "Aide.Intro";
    public const string AideCommandeAide = "Aide.Commande.Aide";
    public const string AideDescriptionAide = "Aide.Description.Aide";
    public const string AideCommandeMesElements = "Aide.Commande.MesElements";
    public const string AideDescriptionMesElements = "Aide.Description.MesElements";
    public const string AideConfidentialite = "Aide.Confidentialite";
    public const string IncomprisTexte = "Incompris.Texte";
    public const string IncomprisTexteVide = "Incompris.TexteVide";
    public const string IncomprisSuggestion = "Incompris.Suggestion";
    public const string MesElementsTitre = "MesElements.Titre";
    public const string MesElementsEnAttente = "MesElements.EnAttente";
    public const string MesElementsEnCours = "MesElements.EnCours";
    public const string MesElementsVide = "MesElements.Vide";
    public const string MesElementsVideSuite = "MesElements.VideSuite";
    public const string MesElementsEcheance = "MesElements.Echeance";
    public const string MesElementsSansEcheance = "MesElements.SansEcheance";
    public const string MesElementsEnRetard = "MesElements.EnRetard";
    public const string MesElementsIdentiteInconnue = "MesElements.IdentiteInconnue";
    public const string NatureDossier = "Nature.Dossier";
    public const string NatureConvention = "Nature.Convention";
    public const string NatureVote = "Nature.Vote";
    public const string NatureSignature = "Nature.Signature";
    public const string NatureEvaluation = "Nature.Evaluation";
    public const string ErreurIndisponible = "Erreur.Indisponible";
    public const string ErreurActionInconnue = "Erreur.ActionInconnue";
    public const string ErreurInvokeNonPrisEnCharge = "Erreur.InvokeNonPrisEnCharge";
    public const string ErreurInattendue = "Erreur.Inattendue";
    public const string HttpTypeDeContenu = "Http.TypeDeContenu";
    public const string HttpTropVolumineux = "Http.TropVolumineux";
    public const string HttpJsonInvalide = "Http.JsonInvalide";
    public const string HttpChampsManquants = "Http.ChampsManquants";
    public const string HttpNonAuthentifie = "Http.NonAuthentifie";
    public const string ConfidentialiteTitre = "Confidentialite.Titre";
    public const string ConfidentialiteCorps = "Confidentialite.Corps";
    public const string ConditionsTitre = "Conditions.Titre";
    public const string ConditionsCorps = "Conditions.Corps";
    public const string VoteTitre = "Vote.Titre";
    public const string VoteDocument = "Vote.Document";
    public const string VoteEcheance = "Vote.Echeance";
    public const string VoteRegles = "Vote.Regles";
    public const string VoteSecret = "Vote.Secret";
    public const string VoteParticipation = "Vote.Participation";
    public const string VoteParCote = "Vote.ParCote";
    public const string VoteQuorumAtteint = "Vote.QuorumAtteint";
    public const string VoteQuorumNonAtteint = "Vote.QuorumNonAtteint";
    public const string VoteChoixPour = "Vote.Choix.Pour";
    public const string VoteChoixContre = "Vote.Choix.Contre";
    public const string VoteChoixAbstention = "Vote.Choix.Abstention";
    public const string VoteVotreVote = "Vote.VotreVote";
    public const string VotePasEncoreVote = "Vote.PasEncoreVote";
    public const string VoteRecuse = "Vote.Recuse";
    public const string VoteObservateur = "Vote.Observateur";
    public const string VoteClos = "Vote.Clos";
    public const string VoteResultat = "Vote.Resultat";
    public const string VoteDecisionAdopte = "Vote.Decision.Adopte";
    public const string VoteDecisionRejete = "Vote.Decision.Rejete";
    public const string VoteDecisionQuorumNonAtteint = "Vote.Decision.QuorumNonAtteint";
    public const string VoteDecisionPariteNonRespectee = "Vote.Decision.PariteNonRespectee";
    public const string ErreurVoteIntrouvable = "Erreur.VoteIntrouvable";
    public const string ErreurCarteInvalide = "Erreur.CarteInvalide";
    public const string BoutonActualiser = "Bouton.Actualiser";
    public const string BoutonCloreLeVote = "Bouton.CloreLeVote";
    public const string VoteResultatPublie = "Vote.ResultatPublie";
    public const string VoteMotifDeRejet = "Vote.MotifDeRejet";
    public const string VoteRappel = "Vote.Rappel";
    public const string VoteInjoignables = "Vote.Injoignables";
    public const string ComiteTitre = "Comite.Titre";
    public const string ComiteIntro = "Comite.Intro";
    public const string ComiteStatuts = "Comite.Statuts";
    public const string ComiteSiege = "Comite.Siege";
    public const string ComitePasMembre = "Comite.PasMembre";
    public const string ComiteInvite = "Comite.Invite";
    public const string ComiteEnregistre = "Comite.Enregistre";
    public const string ComiteRefuse = "Comite.Refuse";
    public const string ComiteHorsCanal = "Comite.HorsCanal";
    public const string ComiteDejaConfigure = "Comite.DejaConfigure";
    public const string BoutonConfigurerComite = "Bouton.ConfigurerComite";
    public const string AideCommandeComite = "Aide.Commande.Comite";
    public const string AideDescriptionComite = "Aide.Description.Comite";
    public const string ComiteStatutsRequis = "Comite.StatutsRequis";
}
