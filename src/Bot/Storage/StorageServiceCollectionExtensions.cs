using Azure.Data.Tables;
using Azure.Identity;
using Conventions.Suivi;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddConventionStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = new TableClientOptions();
            clientOptions.Retry.MaxRetries = 3;
            clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            return options.TableServiceUri is { } uri
                ? new TableServiceClient(uri, new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)), clientOptions)
                : new TableServiceClient(options.ConnectionString, clientOptions);
        });
        services.AddSingleton<TableNames>();
        services.AddSingleton<ElementsSuivis>();
        services.AddSingleton<IElementsSuivis>(sp => sp.GetRequiredService<ElementsSuivis>());
        services.AddSingleton<EcheancesIndexees>();
        services.AddSingleton<ConventionsStockees>();
        services.AddSingleton<TeamsConventions.Application.Accords.IConventions>(sp => sp.GetRequiredService<ConventionsStockees>());
        services.AddSingleton<ProjetsDeConventionStockes>();
        services.AddSingleton<TeamsConventions.Application.Accords.IProjetsDeConvention>(sp => sp.GetRequiredService<ProjetsDeConventionStockes>());
        services.AddSingleton<SignalDesEvenements>();
        services.AddSingleton<EvenementsDesConventions>();
        services.AddSingleton<TeamsConventions.Application.Accords.IEvenementsDesConventions>(sp => sp.GetRequiredService<EvenementsDesConventions>());
        services.AddSingleton<TeamsConventions.Application.Classement.IConventionsSignees>(sp => sp.GetRequiredService<EvenementsDesConventions>());
        services.AddSingleton<TeamsConventions.Application.Classement.IClassements, ClassementsStockes>();
        services.AddSingleton<TeamsConventions.Application.Accords.ILiensDeSignature, LiensDeSignatureStockes>();
        services.AddSingleton<ComitesStockes>();
        services.AddSingleton<TeamsConventions.Application.Comites.IComites>(sp => sp.GetRequiredService<ComitesStockes>());
        services.AddSingleton<DossiersStockes>();
        services.AddSingleton<TeamsConventions.Application.Dossiers.IDossiers>(sp => sp.GetRequiredService<DossiersStockes>());
        services.AddSingleton<InvitationsAuxDossiers>();
        services.AddSingleton<PlansStockes>();
        services.AddSingleton<TeamsConventions.Application.Actions.IPlans>(sp => sp.GetRequiredService<PlansStockes>());
        services.AddSingleton<ConventionsParticulieresStockees>();
        services.AddSingleton<TeamsConventions.Application.ConventionsParticulieres.IConventionsParticulieres>(sp => sp.GetRequiredService<ConventionsParticulieresStockees>());
        services.AddSingleton<SeancesStockees>();
        services.AddSingleton<TeamsConventions.Application.Seances.ISeances>(sp => sp.GetRequiredService<SeancesStockees>());
        services.AddSingleton<TeamsConventions.Application.Dossiers.IInvitations>(sp => sp.GetRequiredService<InvitationsAuxDossiers>());
        services.AddSingleton<EnveloppeDesVotesSecrets>();
        services.AddSingleton<ScrutinsStockes>();
        services.AddSingleton<TeamsConventions.Application.Votes.IScrutins>(sp => sp.GetRequiredService<ScrutinsStockes>());
        services.AddSingleton<VotesOuverts>();
        services.AddSingleton<Baux>();
        services.AddSingleton<Envois>();
        services.AddHostedService<TablesInitializer>();
        services.AddHealthChecks().AddCheck<TablesHealthCheck>("tables");
        return services;
    }
}
