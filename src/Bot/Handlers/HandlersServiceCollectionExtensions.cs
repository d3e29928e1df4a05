using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Handlers;

public static class HandlersServiceCollectionExtensions
{
    public static IServiceCollection AddBotHandlers(this IServiceCollection services)
    {
        services.AddOptions<DossiersOptions>().BindConfiguration(DossiersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DossiersOptions>, DossiersOptionsValidation>();
        services.AddSingleton<AppelsAProjets>();
        services.AddSingleton<TeamsConventions.Application.Dossiers.IAppelsAProjets>(sp => sp.GetRequiredService<AppelsAProjets>());
        services.AddSingleton<SignalDesEnvois>();
        services.AddSingleton<Teams.IEcouteDesCanaux>(sp => sp.GetRequiredService<SignalDesEnvois>());
        services.AddSingleton<BoiteDEnvoi>();
        services.AddTransient<LivreurDEnvois>();
        services.AddSingleton<SuiviDesTravaux>();
        services.AddHealthChecks().AddCheck<TravauxHealthCheck>("travaux");
        services.AddHostedService<LivraisonDesEnvois>();
        services.AddSingleton<LiensDeDocument>();
        services.AddSingleton<TeamsConventions.Application.Dossiers.IDocumentsDesDossiers>(sp => sp.GetRequiredService<LiensDeDocument>());
        services.AddSingleton<TeamsConventions.Application.Actions.IDocumentsDesPlans>(sp => sp.GetRequiredService<LiensDeDocument>());
        services.AddSingleton<IIntention, AfficherAide>();
        services.AddSingleton<IIntention, AfficherMesElements>();
        services.AddTransient<IIntention, ConfigurerLeComite>();
        services.AddTransient<IActionDeCarte, EnregistrerLeComite>();
        services.AddTransient<IActionDeCarte, DesignerLaPresidence>();
        services.AddSingleton<IActionDeCarte, VoterDepuisLaCarte>();
        services.AddSingleton<IActionDeCarte, VoirLeVote>();
        services.AddSingleton<ActualisationDesVotes>();
        services.AddSingleton<TeamsConventions.Application.Votes.IVueDesScrutins>(sp => sp.GetRequiredService<ActualisationDesVotes>());
        services.AddSingleton<TeamsConventions.Application.Votes.Voter>();
        services.AddSingleton<TeamsConventions.Application.Votes.ConsulterLeVote>();
        services.AddSingleton<TeamsConventions.Application.Suivi.ConsulterMesElements>();
        services.AddTransient<IActionDeCarte, CloreLeVote>();
        services.AddTransient<PublicationDesVotes>();
        services.AddTransient<SuitesDesVotes>();
        services.AddTransient<TeamsConventions.Application.Votes.ISuitesDesVotes>(sp => sp.GetRequiredService<SuitesDesVotes>());
        services.AddTransient<TeamsConventions.Application.Votes.CloturerLeVote>();
        services.AddTransient<TeamsConventions.Application.Votes.IRappelsDesVotes, RappelsDesVotes>();
        services.AddTransient<TeamsConventions.Application.Votes.RappelerLesVotants>();
        services.AddHostedService<EcheancesDesVotes>();
        services.AddHostedService<RappelsDesAppels>();
        services.AddSingleton<IIntention, ProposerUnDossier>();
        services.AddTransient<DossiersEnCours>();
        services.AddTransient<AvisAuxEditeurs>();
        services.AddTransient<SuiteDesDossiers>();
        services.AddTransient<SuitesDesDossiers>();
        services.AddTransient<TeamsConventions.Application.Dossiers.ISuitesDesDossiers>(sp => sp.GetRequiredService<SuitesDesDossiers>());
        services.AddTransient<TeamsConventions.Application.Dossiers.DeposerLeDossier>();
        services.AddTransient<TeamsConventions.Application.Dossiers.OuvrirUnDossier>();
        services.AddTransient<TeamsConventions.Application.Dossiers.RappelerLaCloture>();
        services.AddTransient<TeamsConventions.Application.Dossiers.EnregistrerUneEtape>();
        services.AddTransient<TeamsConventions.Application.Dossiers.InviterUnCoEditeur>();
        services.AddTransient<TeamsConventions.Application.Dossiers.RejoindreUnDossier>();
        services.AddTransient<TeamsConventions.Application.Comites.ILieuxDesVotes, LieuxDesVotes>();
        services.AddTransient<TeamsConventions.Application.Comites.ConstituerLeComite>();
        services.AddTransient<TeamsConventions.Application.Votes.OuvertureDUnVote>();
        services.AddTransient<TeamsConventions.Application.Actions.OuvrirLePlan>();
        services.AddTransient<TeamsConventions.Application.Actions.EnregistrerUneAction>();
        services.AddTransient<TeamsConventions.Application.Actions.InscrireLePlan>();
        services.AddTransient<TeamsConventions.Application.Actions.ISuitesDesPlans, SuitesDesPlans>();
        services.AddTransient<TeamsConventions.Application.Actions.AppliquerLeVoteAuPlan>();
        services.AddTransient<TeamsConventions.Application.Actions.ConsulterLePlan>();
        services.AddTransient<IIntention, PlanDActionsDuComite>();
        services.AddTransient<IActionDeCarte, EditerLePlan>();
        services.AddTransient<TeamsConventions.Application.Actions.ISignalementsDesActions, SignalementsDesActions>();
        services.AddTransient<TeamsConventions.Application.Actions.SuivreLesActions>();
        services.AddTransient<IIntention, AfficherMesActions>();
        services.AddHostedService<ActionsNonAJour>();
        services.AddTransient<TeamsConventions.Application.Comites.ModifierLaComposition>();
        services.AddTransient<TeamsConventions.Application.Comites.DesignerLaPresidence>();
        services.AddTransient<TeamsConventions.Application.Dossiers.TransmettreAuComite>();
        services.AddTransient<TeamsConventions.Application.Dossiers.RenvoyerPourCorrection>();
        services.AddTransient<CanalDesAnalystes>();
        services.AddTransient<IActionDeCarte, CreerLeDossier>();
        services.AddTransient<IActionDeCarte, EditerLeDossier>();
        services.AddTransient<IActionDeCarte, DeposerLeDossier>();
        services.AddTransient<IActionDeCarte, InviterUnCoEditeur>();
        services.AddTransient<IIntention, RejoindreUnDossier>();
        services.AddTransient<IActionDeCarte, AnalyserLeDossier>();
        // Transient: they hold the connector's typed HttpClient, whose handlers the factory rotates.
        services.AddTransient<Accueillir>();
        services.AddTransient<ActivityRouter>();
        services.AddTransient<Teams.IRoutageDesActivites>(sp => sp.GetRequiredService<ActivityRouter>());
        return services;
    }
}
