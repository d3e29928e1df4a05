using System.Text.Json;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using TeamsConventions.Application.Comites;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The setup cards' buttons: the statutes chosen bring the seats card (the team roster: a seat and an organisation
/// each), filled in with the present composition when the channel already hosts the committee. The seats become the committee, or its new composition, only if the statutes
/// accept them; otherwise the card comes back with the reason and every choice kept. Names and membership come from
/// the team roster, never from the card.
/// </summary>
public sealed class EnregistrerLeComite(
    CatalogueDesConventions catalogue, IComites comites, ConstituerLeComite constituer, ModifierLaComposition modifier, ConversationReferences references, ConnectorClient connector) : IActionDeCarte
{
    public string Verbe => Verbes.ConfigurerComite;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        var choix = Lire(donnees);
        if (activite.ChannelData?.Team?.Id is not { } equipe || activite.ServiceUrl is not { } serviceUrl || tour.Membre is not { } secretariat || choix is null
            || !catalogue.Comites.TryGetValue(choix.GetValueOrDefault(ComiteCard.ChampStatuts) ?? string.Empty, out var statuts))
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var lieu = new LieuDuComite(equipe, activite.ChannelData.Channel?.Id ?? equipe);
        var existant = await comites.DuLieuAsync(lieu, cancellationToken);
        if (existant is not null && existant.Statuts.Code != statuts.Code)
        {
            return InvokeResponse.Carte(ComiteCard.Existant(tour.Textes, existant));
        }

        var roster = new Dictionary<string, TeamsMember>(StringComparer.OrdinalIgnoreCase);
        await foreach (var membre in connector.TousLesMembresAsync(serviceUrl, equipe, cancellationToken))
        {
            if (membre.AadObjectId is { } id)
            {
                roster[id] = membre;
            }
        }

        if (!choix.Keys.Any(k => k.StartsWith(ComiteCard.PrefixeSiege, StringComparison.Ordinal)))
        {
            return InvokeResponse.Carte(ComiteCard.Sieges(tour.Textes, statuts, [.. roster.Values], existant is null ? null : ComiteCard.Choix(existant)));
        }

        var sieges = choix.Where(c => c.Key.StartsWith(ComiteCard.PrefixeSiege, StringComparison.Ordinal) && c.Value != ComiteCard.AucunSiege)
            .ToDictionary(c => c.Key[ComiteCard.PrefixeSiege.Length..], c => c.Value, StringComparer.OrdinalIgnoreCase);
        if (sieges.Keys.Any(id => !roster.ContainsKey(id)))
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        InvokeResponse Refus(string message) => InvokeResponse.Carte(ComiteCard.Sieges(tour.Textes, statuts, [.. roster.Values], choix, message));
        string Nom(string id) => roster[id].Name ?? tour.Textes[CleTexte.DossierEditeurSansNom];
        var sansOrganisation = sieges.Keys.Where(id => Organisation(choix, id).Length == 0).Select(Nom).ToList();
        if (sansOrganisation.Count > 0)
        {
            return Refus(tour.Textes.Format(CleTexte.ComiteOrganisationManquante, string.Join(", ", sansOrganisation)));
        }

        // Recusal compares company numbers: every voting member's is needed; a guest's, who never votes, is not.
        var sansBce = sieges.Where(s => !statuts.EstInvite(s.Value) && Saisie(choix, ComiteCard.PrefixeBce, s.Key).Length == 0).Select(s => Nom(s.Key)).ToList();
        if (sansBce.Count > 0)
        {
            return Refus(tour.Textes.Format(CleTexte.ComiteBceManquant, string.Join(", ", sansBce)));
        }

        var membres = new List<MembreDeComite>();
        foreach (var (id, cote) in sieges)
        {
            NumeroBce? bce;
            try
            {
                bce = Saisie(choix, ComiteCard.PrefixeBce, id) is { Length: > 0 } saisi ? NumeroBce.Depuis(saisi) : null;
            }
            catch (RegleMetierException erreur)
            {
                return Refus(tour.Textes.Format(CleTexte.ComiteBceInvalide, Nom(id), tour.Textes.Erreur(erreur)));
            }

            membres.Add(new MembreDeComite(MembreId.Depuis(id), Nom(id), cote, Organisation(choix, id), statuts.EstInvite(cote), bce));
        }

        try
        {
            var comite = existant is null
                ? await constituer.ExecuterAsync(lieu, statuts, await NomAsync(statuts, activite.ChannelData.Team.Name, equipe, serviceUrl, cancellationToken), membres, secretariat, cancellationToken)
                : await modifier.ExecuterAsync(existant.Id, membres, secretariat, cancellationToken);
            return comite is null && await comites.DuLieuAsync(lieu, cancellationToken) is { } autre
                ? InvokeResponse.Carte(ComiteCard.Existant(tour.Textes, autre))
                : comite is null ? LectureDesDonnees.CarteInvalide(tour.Textes) : InvokeResponse.Carte(ComiteCard.Enregistre(tour.Textes, comite));
        }
        catch (RegleMetierException erreur)
        {
            return Refus(tour.Textes.Format(CleTexte.ComiteRefuse, tour.Textes.Erreur(erreur)));
        }
    }

    /// <summary>
    /// "Comité de suivi — Liège": the statutes and the team's name (the name alone when it already says which committee it is), as Teams sent it now or when the bot was added to
    /// the team, or as Teams gives it when asked (activities do not always carry it); never the team's id.
    /// </summary>
    private async Task<string> NomAsync(StatutsDeComite statuts, string? nomDeLEquipe, string equipe, string serviceUrl, CancellationToken cancellationToken) =>
        (nomDeLEquipe ?? await references.NomDeLEquipeAsync(equipe, cancellationToken) ?? (await connector.EquipeAsync(serviceUrl, equipe, cancellationToken))?.Name) switch
        {
            { Length: > 0 } nom when nom.StartsWith(statuts.Intitule, StringComparison.OrdinalIgnoreCase) => nom,
            { Length: > 0 } nom => $"{statuts.Intitule} — {nom}",
            _ => statuts.Intitule,
        };

    /// <summary>The member's organisation as typed, one line, bounded.</summary>
    private static string Organisation(Dictionary<string, string> choix, string membre)
    {
        var propre = Saisie(choix, ComiteCard.PrefixeOrganisation, membre);
        return propre.Length <= ComiteCard.LongueurOrganisation ? propre : propre[..ComiteCard.LongueurOrganisation];
    }

    /// <summary>What was typed in the member's input of that prefix, on one line and trimmed.</summary>
    private static string Saisie(Dictionary<string, string> choix, string prefixe, string membre) =>
        new string([.. (choix.GetValueOrDefault(prefixe + membre) ?? string.Empty).Where(c => !char.IsControl(c))]).Trim();

    private static Dictionary<string, string>? Lire(JsonElement? donnees)
    {
        if (donnees is not { ValueKind: JsonValueKind.Object } objet)
        {
            return null;
        }

        return objet.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }
}
