using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"aide": in a personal chat, every command; in a team channel, what this channel is for and its own commands, with the mention.</summary>
public sealed class AfficherAide(ComitesStockes comites, AppelsAProjets appels) : IIntention
{
    public const string NomParDefaut = "TeamsConventions";

    public string Verbe => Verbes.Aide;

    public IReadOnlyCollection<string> Commandes { get; } = ["aide", "help", "?", "menu"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        if (activite.ChannelData?.Team?.Id is not { } equipe)
        {
            return AideCard.Composer(tour.Textes);
        }

        var t = tour.Textes;
        var canal = activite.ChannelData.Channel?.Id ?? equipe;
        var role = await comites.ComiteDuCanalAsync(equipe, canal, cancellationToken) is { } comite
            ? t.Format(CleTexte.AideCanalComite, comite.Comite.Nom)
            : appels.DontLesAnalystesSontDans(equipe, canal).FirstOrDefault() is { } appel
                ? t.Format(CleTexte.AideCanalAnalystes, appel.Titre)
                : t[CleTexte.AideCanalLibre];
        return AideDuCanalCard.Composer(t, NomDuBot(tour), role);
    }

    /// <summary>The bot's name as the channel shows it, for the mention people must type.</summary>
    public static string NomDuBot(Tour tour) => tour?.Activity.Recipient?.Name is { Length: > 0 } nom ? nom : NomParDefaut;
}
