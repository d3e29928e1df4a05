using System.Text.Json;
using Conventions.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Card data comes back from the client: read strictly, trusted for nothing but naming what was acted on.</summary>
internal static class LectureDesDonnees
{
    public static InvokeResponse CarteInvalide(Textes textes) =>
        InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "carte.invalide", textes[CleTexte.ErreurCarteInvalide]);

    public static InvokeResponse VoteIntrouvable(Textes textes) =>
        InvokeResponse.Erreur(StatusCodes.Status404NotFound, "vote.introuvable", textes[CleTexte.ErreurVoteIntrouvable]);

    public static InvokeResponse DossierIntrouvable(Textes textes) =>
        InvokeResponse.Erreur(StatusCodes.Status404NotFound, "dossier.introuvable", textes[CleTexte.ErreurDossierIntrouvable]);

    public static (ScrutinId Id, string? Choix)? Vote(JsonElement? donnees)
    {
        if (donnees is not { ValueKind: JsonValueKind.Object } objet)
        {
            return null;
        }

        try
        {
            var lues = objet.Deserialize<DonneesDeVote>(ProtocolJson.Options);
            return lues is { Scrutin: { } id } && Guid.TryParseExact(id, "N", out var guid) ? (new ScrutinId(guid), lues.Choix) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The dossier card's own data, and the inputs (every string property not starting with "_").</summary>
    public static DonneesDeDossier? Dossier(JsonElement? donnees) => Lire<DonneesDeDossier>(donnees);

    /// <summary>The action plan card's own data.</summary>
    public static DonneesDePlan? Plan(JsonElement? donnees) => Lire<DonneesDePlan>(donnees);

    /// <summary>A card's own data as <typeparamref name="T"/>; null when it is not an object of that shape.</summary>
    public static T? Lire<T>(JsonElement? donnees)
        where T : class
    {
        if (donnees is not { ValueKind: JsonValueKind.Object } objet)
        {
            return null;
        }

        try
        {
            return objet.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyDictionary<string, string> Saisies(JsonElement? donnees) =>
        donnees is { ValueKind: JsonValueKind.Object } objet
            ? objet.EnumerateObject().Where(p => !p.Name.StartsWith('_') && p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>();
}
