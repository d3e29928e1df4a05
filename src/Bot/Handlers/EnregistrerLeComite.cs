using System.Text.Json;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The setup cards' buttons: the statutes chosen bring the seats card (the team roster, a seat and an organisation
/// each); the seats chosen become a committee only if the statutes accept them, otherwise the card comes back with
/// the reason and every choice kept. Names and membership come from the team roster, never from the card.
/// </summary>
public sealed class EnregistrerLeComite(CatalogueDesConventions catalogue, ComitesStockes comites, ConnectorClient connector, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.ConfigurerComite;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        var choix = Lire(donnees);
        if (activite.ChannelData?.Team?.Id is not { } equipe || tour.Membre is not { } secretariat || choix is null
            || !catalogue.Comites.TryGetValue(choix.GetValueOrDefault(ComiteCard.ChampStatuts) ?? string.Empty, out var statuts))
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var canal = activite.ChannelData.Channel?.Id ?? equipe;
        var roster = new Dictionary<string, TeamsMember>(StringComparer.OrdinalIgnoreCase);
        await foreach (var membre in connector.TousLesMembresAsync(activite.ServiceUrl!, equipe, cancellationToken))
        {
            if (membre.AadObjectId is { } id)
            {
                roster[id] = membre;
            }
        }

        if (!choix.Keys.Any(k => k.StartsWith(ComiteCard.PrefixeSiege, StringComparison.Ordinal)))
        {
            return InvokeResponse.Carte(ComiteCard.Sieges(tour.Textes, statuts, [.. roster.Values]));
        }

        var sieges = choix.Where(c => c.Key.StartsWith(ComiteCard.PrefixeSiege, StringComparison.Ordinal) && c.Value != ComiteCard.AucunSiege).ToList();
        if (sieges.Any(s => !roster.ContainsKey(s.Key[ComiteCard.PrefixeSiege.Length..])))
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var sansOrganisation = sieges.Select(s => s.Key[ComiteCard.PrefixeSiege.Length..]).Where(id => Organisation(choix, id).Length == 0).Select(id => roster[id].Name ?? id).ToList();
        if (sansOrganisation.Count > 0)
        {
            return InvokeResponse.Carte(ComiteCard.Sieges(tour.Textes, statuts, [.. roster.Values], choix, tour.Textes.Format(CleTexte.ComiteOrganisationManquante, string.Join(", ", sansOrganisation))));
        }

        var membres = sieges.Select(s =>
        {
            var id = s.Key[ComiteCard.PrefixeSiege.Length..];
            var membre = roster[id];
            return new MembreDeComite(MembreId.Depuis(membre.AadObjectId), membre.Name ?? membre.Id ?? string.Empty, s.Value, Organisation(choix, id), statuts.EstInvite(s.Value));
        });
        var nom = $"{statuts.Intitule} — {activite.ChannelData.Team.Name ?? equipe}";
        Comite comite;
        try
        {
            comite = Comite.Constituer(ComiteId.Nouveau(), nom, statuts, membres, secretariat, timeProvider.GetUtcNow());
        }
        catch (RegleMetierException erreur)
        {
            var carte = ComiteCard.Sieges(tour.Textes, statuts, [.. roster.Values], choix, tour.Textes.Format(CleTexte.ComiteRefuse, tour.Textes.Erreur(erreur)));
            return InvokeResponse.Carte(carte);
        }

        if (!await comites.LierAuCanalAsync(equipe, canal, comite.Id, cancellationToken))
        {
            var existant = await comites.ComiteDuCanalAsync(equipe, canal, cancellationToken);
            return InvokeResponse.Carte(ComiteCard.Message(tour.Textes.Format(CleTexte.ComiteDejaConfigure, existant?.Comite.Nom ?? nom)));
        }

        await comites.EnregistrerAsync(comite, null, cancellationToken);
        return InvokeResponse.Carte(ComiteCard.Message(tour.Textes.Format(CleTexte.ComiteEnregistre, comite.Nom, comite.Votants.Count(), comite.Membres.Count(m => m.Invite))));
    }

    /// <summary>The member's organisation as typed (for recusals), one line, bounded.</summary>
    private static string Organisation(Dictionary<string, string> choix, string membre)
    {
        var saisie = choix.GetValueOrDefault(ComiteCard.PrefixeOrganisation + membre) ?? string.Empty;
        var propre = new string([.. saisie.Where(c => !char.IsControl(c))]).Trim();
        return propre.Length <= ComiteCard.LongueurOrganisation ? propre : propre[..ComiteCard.LongueurOrganisation];
    }

    private static Dictionary<string, string>? Lire(JsonElement? donnees)
    {
        if (donnees is not { ValueKind: JsonValueKind.Object } objet)
        {
            return null;
        }

        return objet.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
