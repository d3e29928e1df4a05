using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>Members, committees and votes the vote and storage tests share.</summary>
internal static class DonneesDeVote
{
    /// <summary>The shared Comité de suivi (<see cref="TeamsConventions.Tests.Partage.Jeu.ComiteDeSuivi"/>) under the catalogue's statutes.</summary>
    public static Comite ComiteDeSuivi(CatalogueDesConventions catalogue) =>
        TeamsConventions.Tests.Partage.Jeu.ComiteDeSuivi(catalogue.Comite("comite-suivi"), DateTimeOffset.UtcNow);

    /// <summary>100 Forem (1–100) and 100 CPAS (1001–1100) voting members: real statutes allow fewer, the storage must not care.</summary>
    public static Comite Assemblee()
    {
        var statuts = new StatutsDeComite("essai-200", "Assemblée d'essai", [new Siege("Forem", 100), new Siege("Cpas", 100)],
            new Presidence(TypeDePresidence.Fixe, "Forem"), new Secretariat(TypeDeSecretariat.Cote, "Forem"), new RegleDeDecision(0.5m, false));
        var membres = Enumerable.Range(1, 100).Select(i => new MembreDeComite(Membre(i), $"Forem {i}", "Forem", "Forem"))
            .Concat(Enumerable.Range(1001, 100).Select(i => new MembreDeComite(Membre(i), $"CPAS {i}", "Cpas", $"CPAS {i}")));
        return Comite.Constituer(ComiteId.Nouveau(), "Assemblée", statuts, membres, LeSecretariat, DateTimeOffset.UtcNow);
    }

    /// <summary>Opens the vote in storage and posts its card in the committee's channel of the fake channel.</summary>
    public static async Task<Scrutin> OuvrirEtPublierAsync(BotHost bot, FakeChannel canal, Scrutin scrutin)
    {
        await bot.Services.GetRequiredService<ScrutinsStockes>().OuvrirAsync(scrutin, CancellationToken.None);
        using var scope = bot.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PublicationDesVotes>().PublierAsync(
            scrutin, new ReferenceCanal(Activities.EquipeId, Activities.CanalVotes, canal.ServiceUrl, BotHost.TenantId, Activities.BotId, "Comité de suivi — Liège", "Votes du comité"), CancellationToken.None);
        return scrutin;
    }
}
