using Microsoft.Extensions.Options;
using TeamsConventions.Application.Classement;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The background job of <see cref="ClasserLesConventionsSignees"/>: each signed convention not filed yet, one by one, a failing one retried later.</summary>
public sealed class ClassementDesConventions(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<ClassementDesConventions> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "classement-des-conventions";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var classement = services.GetRequiredService<ClasserLesConventionsSignees>();
        await ChacunAsync(await classement.DuesAsync(cancellationToken), id => $"classement|{id}", id => classement.ExecuterAsync(id, cancellationToken), cancellationToken);
    }

    /// <summary>A convention whose filing keeps failing: those who run its round are told why (once a day at most), and can retry from its card.</summary>
    protected override async Task SignalerAsync(object element, string erreur, CancellationToken cancellationToken)
    {
        if (element is Conventions.Accords.ConventionId id)
        {
            using var scope = Scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ClasserLesConventionsSignees>().SignalerAsync(id, erreur, cancellationToken);
        }
    }
}
