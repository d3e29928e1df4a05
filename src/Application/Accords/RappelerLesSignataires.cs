using Conventions.Accords;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// The signatories a round still waits for are reminded after the organisation's delays (<see cref="Convention.RappelsDeSignature"/>),
/// each delay once — the hand-over is idempotent per convention, version, signature and delay.
/// </summary>
public sealed class RappelerLesSignataires(IConventions conventions, SignatureDeLaConvention signature, ISuitesDesConventions suites, IReglagesDesSignatures reglages)
{
    /// <summary>The conventions with a reminder due now.</summary>
    public async Task<IReadOnlyList<ConventionId>> DuesAsync(DateTimeOffset maintenant, CancellationToken cancellationToken) =>
        [.. (await conventions.EnSignatureAsync(cancellationToken)).Where(c => c.RappelsDeSignature(maintenant, reglages.RappelsEnJours).Count > 0).Select(c => c.Id)];

    public async Task ExecuterAsync(ConventionId id, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } convention)
        {
            return;
        }

        var secretariats = await signature.SecretariatsAsync(convention, cancellationToken);
        foreach (var (signataire, delai) in convention.RappelsDeSignature(maintenant, reglages.RappelsEnJours))
        {
            await suites.RappelAsync(convention, signataire, delai, secretariats, cancellationToken);
        }
    }
}
