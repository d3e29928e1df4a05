using System.Text.Json;
using Conventions.Membres;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Envois;

/// <summary>
/// Delivers one notification of the outbox and records what became of it: delivered; given up when it can never
/// get there (the person never talked to the bot and the app cannot be installed for them, blocked it, Teams
/// refuses the conversation, the mailbox refuses the e-mail) or after <see cref="TentativesMaximum"/> transient
/// failures, and then reported to those the routing names; otherwise tried again later with a growing delay. A
/// channel the bot does not know yet is waited for, never given up; so is, for a while, a person the app was just
/// installed for.
/// </summary>
public sealed partial class LivreurDEnvois(
    Storage.Envois envois, BoiteDEnvoi boite, ConversationReferences references, ProactiveMessenger messagerie, ConnectorClient connector,
    IMessagerie courriels, IInstallationsDeLApplication installations, IOptions<BotOptions> options, ILogger<LivreurDEnvois> journal)
{
    public const int TentativesMaximum = 8;
    public static readonly TimeSpan PremierDelai = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DelaiMaximum = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AttenteDuCanal = TimeSpan.FromMinutes(1);

    private abstract record Issue
    {
        public sealed record Livre : Issue;

        public sealed record Impossible(string Cle, string? Detail) : Issue;

        public sealed record Transitoire(string Detail) : Issue;

        public sealed record CanalInconnu : Issue;

        /// <summary>The app was just installed for the person: Teams will tell the bot how to reach them.</summary>
        public sealed record Installee : Issue;
    }

    public async Task LivrerAsync(EnvoiEntity envoi, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envoi);
        var routage = JsonSerializer.Deserialize<Routage>(envoi.Routage ?? "null", BoiteDEnvoi.Json);
        if (routage is null)
        {
            await envois.TerminerAsync(envoi, "Abandonne", maintenant, cancellationToken);
            return;
        }

        Issue issue;
        try
        {
            issue = await EnvoyerAsync(routage.Vers, envoi, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var classe = IssuesDesDependances.Classer(e, cancellationToken);
            if (classe is null)
            {
                LogInattendu(journal, envoi.RowKey, e.GetType().Name, e.Message);
            }

            issue = classe == IssueDUneDependance.Permanente ? new Issue.Impossible(CleTexte.EnvoiRaisonRefuse, e.Message) : new Issue.Transitoire($"{e.GetType().Name}: {e.Message}");
        }

        switch (issue)
        {
            case Issue.Livre:
                await envois.TerminerAsync(envoi, "Livre", maintenant, cancellationToken);
                break;
            case Issue.CanalInconnu:
                envoi.EnAttenteDeLaDestination = true;
                envoi.Prochaine = maintenant + AttenteDuCanal;
                envoi.DerniereErreur = "The bot does not know this channel yet (is it installed in the team?); waiting for it.";
                await envois.ReporterAsync(envoi, cancellationToken);
                break;
            case Issue.Installee:
                envoi.InstallationDemandee = true;
                envoi.EnAttenteDeLaDestination = true;
                envoi.Prochaine = maintenant + AttenteDuCanal;
                envoi.DerniereErreur = "The app was installed for this person; waiting for Teams to tell the bot.";
                await envois.ReporterAsync(envoi, cancellationToken);
                break;
            case Issue.Transitoire t when envoi.Tentatives + 1 < TentativesMaximum:
                envoi.EnAttenteDeLaDestination = envoi.InstallationDemandee == true ? true : null;
                envoi.Tentatives++;
                envoi.DerniereErreur = t.Detail;
                envoi.Prochaine = maintenant + Delai(envoi.Tentatives);
                await envois.ReporterAsync(envoi, cancellationToken);
                break;
            case Issue.Transitoire t:
                envoi.Tentatives++;
                envoi.DerniereErreur = t.Detail;
                await AbandonnerAsync(envoi, routage, routage.Vers switch
                {
                    Destinataire.Courriel => CleTexte.EnvoiRaisonCourrielIndisponible,
                    Destinataire.Personne when envoi.InstallationDemandee == true => CleTexte.EnvoiRaisonInjoignable,
                    _ => CleTexte.EnvoiRaisonIndisponible,
                }, maintenant, cancellationToken);
                break;
            case Issue.Impossible i:
                envoi.DerniereErreur = i.Detail ?? i.Cle;
                await AbandonnerAsync(envoi, routage, i.Cle, maintenant, cancellationToken);
                break;
        }
    }

    public static TimeSpan Delai(int tentatives) =>
        TimeSpan.FromTicks(Math.Min(DelaiMaximum.Ticks, PremierDelai.Ticks << Math.Min(tentatives - 1, 16)));

    private async Task<Issue> EnvoyerAsync(Destinataire vers, EnvoiEntity envoi, CancellationToken cancellationToken)
    {
        switch (vers)
        {
            case Destinataire.Personne p when MembreId.EssayerDepuis(p.Membre, out var membre):
                var resultat = await messagerie.EnvoyerAsync(membre, reference => Activite(envoi, reference.Locale), cancellationToken);
                return resultat switch
                {
                    ResultatEnvoi.Envoye => new Issue.Livre(),
                    ResultatEnvoi.Bloque => new Issue.Impossible(CleTexte.EnvoiRaisonBloque, null),
                    _ when envoi.InstallationDemandee == true => new Issue.Transitoire("The app was installed for this person, but Teams has not told the bot yet."),
                    _ when installations.Possible => await InstallerAsync(membre, cancellationToken),
                    _ => new Issue.Impossible(CleTexte.EnvoiRaisonInjoignable, null),
                };
            case Destinataire.Courriel:
                if (JsonSerializer.Deserialize<CourrielAEnvoyer>(envoi.Courriel ?? "null", BoiteDEnvoi.Json) is not { } courriel)
                {
                    return new Issue.Impossible(CleTexte.EnvoiRaisonInjoignable, "no e-mail stored");
                }

                try
                {
                    await courriels.EnvoyerAsync(courriel, cancellationToken);
                    return new Issue.Livre();
                }
                catch (ServiceExterneException e) when (e.Permanente)
                {
                    return new Issue.Impossible(CleTexte.EnvoiRaisonCourrielRefuse, e.Message);
                }
            case Destinataire.Canal c:
                if (await references.PourCanalAsync(c.Equipe, c.Id, cancellationToken) is not { } canal)
                {
                    return new Issue.CanalInconnu();
                }

                await connector.EnvoyerAsync(canal.ServiceUrl, canal.ChannelId, Activite(envoi, null), cancellationToken);
                return new Issue.Livre();
            case Destinataire.Fil f:
                await connector.RepondreAsync(f.ServiceUrl, f.ConversationId, f.ActivityId, Activite(envoi, null), cancellationToken);
                return new Issue.Livre();
            default:
                return new Issue.Impossible(CleTexte.EnvoiRaisonInjoignable, "unreadable destination");
        }
    }

    /// <summary>Installs the app for a person who never opened it; a tenant that refuses says so, and they are reported as unreachable with why.</summary>
    private async Task<Issue> InstallerAsync(MembreId membre, CancellationToken cancellationToken)
    {
        try
        {
            await installations.InstallerAsync(membre, cancellationToken);
            return new Issue.Installee();
        }
        catch (ServiceExterneException e) when (e.Permanente)
        {
            return new Issue.Impossible(CleTexte.EnvoiRaisonInstallationRefusee, e.Message);
        }
    }

    private async Task AbandonnerAsync(EnvoiEntity envoi, Routage routage, string raison, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        LogAbandon(journal, envoi.RowKey, envoi.Tentatives, envoi.DerniereErreur ?? raison);
        if (routage.SignalerA.Count > 0)
        {
            var objet = envoi.Objet ?? string.Empty;
            await boite.DeposerAsync(
                $"signalement|{envoi.RowKey}",
                routage.SignalerA,
                t => Activity.Texte(t.Format(CleTexte.EnvoiSignalement, objet, Nom(t, routage.Vers), t.Format(raison, Nom(t, routage.Vers), envoi.Tentatives))),
                t => t.Format(CleTexte.EnvoiSignalementObjet, objet),
                [],
                cancellationToken);
        }

        await envois.TerminerAsync(envoi, "Abandonne", maintenant, cancellationToken);
    }

    private Activity Activite(EnvoiEntity envoi, string? locale)
    {
        var anglais = Textes.Choisir(options.Value.Langue, locale).EstAnglais;
        var octets = (anglais ? envoi.ActiviteEn ?? envoi.ActiviteFr : envoi.ActiviteFr ?? envoi.ActiviteEn) ?? [];
        return JsonSerializer.Deserialize<Activity>(octets, ProtocolJson.Options) ?? Activity.Texte(envoi.Objet ?? string.Empty);
    }

    private static string Nom(Textes t, Destinataire vers) => vers switch
    {
        Destinataire.Personne { Nom: { Length: > 0 } nom } => nom,
        Destinataire.Canal { Nom: { Length: > 0 } nom } => nom,
        Destinataire.Courriel { Nom: { Length: > 0 } nom } c => $"{nom} <{c.Adresse}>",
        Destinataire.Courriel c => c.Adresse,
        Destinataire.Fil => t[CleTexte.EnvoiLeFilDuVote],
        Destinataire.Canal => t[CleTexte.EnvoiUnCanal],
        _ => t[CleTexte.EnvoiUnePersonne],
    };

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Notification {Cle} given up after {Tentatives} attempts: {Raison}")]
    private static partial void LogAbandon(ILogger logger, string cle, int tentatives, string raison);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Notification {Cle} failed unexpectedly ({Erreur}: {Message}); tried again later.")]
    private static partial void LogInattendu(ILogger logger, string cle, string erreur, string message);
}
