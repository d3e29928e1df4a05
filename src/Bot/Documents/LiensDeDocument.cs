using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conventions.Dossiers;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Documents;

public enum VerificationDuLien
{
    Valide,
    Falsifie,
    Expire,
}

/// <summary>
/// Links to a dossier's Word document that work without signing in (Teams opens them in the browser) but only for the
/// version the card showed and only for a while: the dossier id, the content hash and the expiry are signed with HMAC.
/// </summary>
public sealed class LiensDeDocument(IOptions<DossiersOptions> options, TimeProvider timeProvider) : IDocumentsDesDossiers, Application.Actions.IDocumentsDesPlans
{
    public const string Chemin = "/dossiers/{id}/document";
    public const string CheminDuPlan = "/plans/{id}/document";

    /// <summary>What a plan's link signs: its kind with its id, so that no dossier's link opens a plan or the reverse.</summary>
    public static string ObjetSigneDuPlan(string plan) => $"plan|{plan}";

    public Uri Creer(DossierId dossier, string empreinte, DateTimeOffset? jusqua = null) =>
        Lien($"dossiers/{dossier}/document", dossier.ToString(), empreinte, jusqua ?? timeProvider.GetUtcNow().AddHours(options.Value.DureeDesLiensEnHeures));

    string IDocumentsDesDossiers.Adresse(DossierId dossier, string empreinte, DateTimeOffset jusqua) => Creer(dossier, empreinte, jusqua).ToString();

    string Application.Actions.IDocumentsDesPlans.Adresse(Conventions.Actions.PlanDActionsId plan, string empreinte, DateTimeOffset jusqua) =>
        Lien($"plans/{plan}/document", ObjetSigneDuPlan(plan.ToString()), empreinte, jusqua).ToString();

    /// <summary>The document at <paramref name="chemin"/>, for the version <paramref name="empreinte"/>, signed for <paramref name="objetSigne"/> until <paramref name="jusqua"/>.</summary>
    private Uri Lien(string chemin, string objetSigne, string empreinte, DateTimeOffset jusqua)
    {
        var expiration = jusqua.ToUnixTimeSeconds();
        var signature = Signer(objetSigne, empreinte, expiration);
        return new Uri(
            options.Value.AdressePublique ?? throw new InvalidOperationException("Dossiers:AdressePublique is required (checked at start-up)."),
            $"{chemin}?v={empreinte}&exp={expiration.ToString(CultureInfo.InvariantCulture)}&sig={signature}");
    }

    public VerificationDuLien Verifier(string dossier, string? empreinte, string? expiration, string? signature)
    {
        if (empreinte is null || signature is null || !long.TryParse(expiration, NumberStyles.None, CultureInfo.InvariantCulture, out var exp))
        {
            return VerificationDuLien.Falsifie;
        }

        var attendue = Encoding.ASCII.GetBytes(Signer(dossier, empreinte, exp));
        if (!CryptographicOperations.FixedTimeEquals(attendue, Encoding.ASCII.GetBytes(signature)))
        {
            return VerificationDuLien.Falsifie;
        }

        return timeProvider.GetUtcNow().ToUnixTimeSeconds() > exp ? VerificationDuLien.Expire : VerificationDuLien.Valide;
    }

    private string Signer(string dossier, string empreinte, long expiration)
    {
        var cle = Convert.FromBase64String(options.Value.CleDesLiens ?? throw new InvalidOperationException("Dossiers:CleDesLiens is required (checked at start-up)."));
        var mac = HMACSHA256.HashData(cle, Encoding.UTF8.GetBytes($"{dossier}|{empreinte}|{expiration.ToString(CultureInfo.InvariantCulture)}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
