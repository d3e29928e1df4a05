namespace TeamsConventions.Bot.Cards;

/// <summary>The verbs of our <c>Action.Execute</c> buttons; each has exactly one handler.</summary>
public static class Verbes
{
    public const string Aide = "aide";
    public const string MesElements = "mesElements";
    public const string Voter = "voter";
    public const string VoirVote = "voirVote";
    public const string CloreLeVote = "cloreLeVote";
    public const string ConfigurerComite = "configurerComite";
    public const string PresidenceComite = "presidenceComite";
    public const string NouveauDossier = "nouveauDossier";
    public const string CreerDossier = "creerDossier";
    public const string Dossier = "dossier";
    public const string DeposerDossier = "deposerDossier";
    public const string InviterDossier = "inviterDossier";
    public const string AnalyseDossier = "analyseDossier";
    public const string PlanDActions = "planDActions";
    public const string ConventionParticuliere = "conventionParticuliere";
    public const string OrdreDuJour = "ordreDuJour";
    public const string Convention = "convention";
    public const string ProjetDeConvention = "projetDeConvention";

    /// <summary>The intentions' own verbs, for buttons that bring their card back.</summary>
    public const string ConventionsParticulieres = "conventionsParticulieres";
    public const string Agenda = "agenda";
}
