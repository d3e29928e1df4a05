namespace TeamsConventions.Bot.Microsoft365;

/// <summary>
/// The one rule of a service reached in the secretariat's mailbox through Graph, or written to a local folder that
/// stands in for it: the choice is said, the folder never in Production, Graph with the mailbox and an identity.
/// </summary>
internal sealed record BoiteOuDossierLocal(string Section, string Cle, string Graph, string CleBoite, string Boite, string Dossier, string Usage)
{
    public const string DossierLocal = "DossierLocal";

    /// <summary>What to fix, each naming its setting; none when the choice holds.</summary>
    public IReadOnlyList<string> Erreurs(string? choix, string? dossier, string? boite, bool production, bool identite) => choix switch
    {
        DossierLocal when production => [$"{Section}:{Cle} is DossierLocal, a local stand-in refused in Production: set it to {Graph} with {Section}:{CleBoite}, the secretariat's mailbox."],
        DossierLocal when string.IsNullOrWhiteSpace(dossier) => [$"{Section}:Dossier is required with {Section}:{Cle} DossierLocal: the folder {Dossier}."],
        DossierLocal => [],
        _ when choix == Graph =>
        [
            .. string.IsNullOrWhiteSpace(boite) ? new[] { $"{Section}:{CleBoite} is required with {Section}:{Cle} {Graph}: {Boite}." } : [],
            .. identite ? [] : new[] { $"AzureAd:ClientId is required to {Usage} through Graph: the bot's identity gets its Microsoft Graph token with it." },
        ],
        _ => [$"{Section}:{Cle} must be {Graph} or DossierLocal (it is '{choix}'): where {Usage} happens."],
    };
}
