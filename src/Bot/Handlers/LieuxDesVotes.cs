using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// A call's committees in Teams: each sits in a channel the call names (the committee the analysts transmit to, and
/// where the kind asks for an avis first, the one that then decides); a vote is put before it as a card there.
/// </summary>
public sealed class LieuxDesVotes(AppelsAProjets appels, ComitesStockes comites, ConversationReferences references, ScrutinsStockes scrutins, PublicationDesVotes publication) : ILieuxDesVotes
{
    public async Task<Comite?> ComiteAsync(AppelAProjets appel, string statuts, CancellationToken cancellationToken) =>
        (await CanalAsync(appel, statuts, cancellationToken))?.Comite;

    public async Task<bool> EstPublieAsync(ScrutinId id, CancellationToken cancellationToken) =>
        await scrutins.CarteAsync(id, cancellationToken) is not null;

    public async Task<bool> PublierAsync(AppelAProjets appel, Scrutin scrutin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        var statuts = (await comites.ChargerAsync(scrutin.Comite, cancellationToken))?.Comite.Statuts.Code;
        if (statuts is null || await CanalAsync(appel, statuts, cancellationToken) is not { } lieu)
        {
            return false;
        }

        return await PublierAsync(scrutin, lieu.Canal, cancellationToken);
    }

    public async Task<bool> PublierDansAsync(LieuDuComite lieu, Scrutin scrutin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lieu);
        return await references.PourCanalAsync(lieu.Equipe, lieu.Canal, cancellationToken) is { } canal && await PublierAsync(scrutin, canal, cancellationToken);
    }

    private async Task<bool> PublierAsync(Scrutin scrutin, ReferenceCanal canal, CancellationToken cancellationToken)
    {
        try
        {
            await publication.PublierAsync(scrutin, canal, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The call's channel whose committee has these statutes, with what the bot needs to post there.</summary>
    private async Task<(Comite Comite, ReferenceCanal Canal)?> CanalAsync(AppelAProjets appel, string statuts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appel);
        if (appels.Configuration(appel.Id) is not { } configuration)
        {
            return null;
        }

        foreach (var (equipe, canal) in new[] { (configuration.EquipeDuComite, configuration.CanalDuComite), (configuration.EquipeDuComiteQuiDecide, configuration.CanalDuComiteQuiDecide) })
        {
            if (equipe.Length > 0 && await comites.ComiteDuCanalAsync(equipe, canal, cancellationToken) is { } charge && charge.Comite.Statuts.Code == statuts)
            {
                return await references.PourCanalAsync(equipe, canal, cancellationToken) is { } reference ? (charge.Comite, reference) : null;
            }
        }

        return null;
    }
}
