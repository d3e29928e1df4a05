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
public sealed class LiensDeDocument(IOptions<DossiersOptions> options, TimeProvider timeProvider)
    : IDocumentsDesDossiers, Application.Actions.IDocumentsDesPlans, Application.ConventionsParticulieres.IDocumentsDesConventionsParticulieres, Application.Seances.IDocumentsDesSeances,
    Application.Accords.IDocumentsDesConventions
{
    public const string Chemin = "/dossiers/{id}/document";

    /// <summary>The other documents' addresses, by the kind their link signs (<see cref="ObjetSigne"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Chemins = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plan"] = "plans/{0}/document",
        ["convention-particuliere"] = "conventions-particulieres/{0}/document",
        ["compte-rendu"] = "seances/{0}/compte-rendu",
        ["convention"] = "conventions/{0}/document",
        ["avenant"] = "avenants/{0}/document",
        ["attestation"] = "attestations/{0}/document",
    };

    /// <summary>An amendment's (or a certificate's) id in its link: its convention and its number (<c>{id}-2</c>).</summary>
    public static string IdDAvenant(Conventions.Accords.ConventionId convention, int version) => string.Create(CultureInfo.InvariantCulture, $"{convention}-{version}");

    /// <summary>What a link other than a dossier's signs: its kind with its id, so that no link opens a document of another kind.</summary>
    public static string ObjetSigne(string nature, string id) => $"{nature}|{id}";

    public Uri Creer(DossierId dossier, string empreinte, DateTimeOffset? jusqua = null) =>
        Lien($"dossiers/{dossier}/document", dossier.ToString(), empreinte, jusqua ?? timeProvider.GetUtcNow().AddHours(options.Value.DureeDesLiensEnHeures));

    string IDocumentsDesDossiers.Adresse(DossierId dossier, string empreinte, DateTimeOffset jusqua) => Creer(dossier, empreinte, jusqua).ToString();

    string Application.Actions.IDocumentsDesPlans.Adresse(Conventions.Actions.PlanDActionsId plan, string empreinte, DateTimeOffset jusqua) => Adresse("plan", plan.ToString(), empreinte, jusqua);

    string Application.ConventionsParticulieres.IDocumentsDesConventionsParticulieres.Adresse(Conventions.Actions.ConventionParticuliereId convention, string empreinte, DateTimeOffset jusqua) =>
        Adresse("convention-particuliere", convention.ToString(), empreinte, jusqua);

    string Application.Seances.IDocumentsDesSeances.Adresse(Conventions.Seances.SeanceId seance, string empreinte, DateTimeOffset jusqua) => Adresse("compte-rendu", seance.ToString(), empreinte, jusqua);

    string Application.Accords.IDocumentsDesConventions.Adresse(Conventions.Accords.ConventionId convention, string empreinte, DateTimeOffset jusqua) => Adresse("convention", convention.ToString(), empreinte, jusqua);

    string Application.Accords.IDocumentsDesConventions.AdresseDeLAvenant(Conventions.Accords.ConventionId convention, int version, string empreinte, DateTimeOffset jusqua) =>
        Adresse("avenant", IdDAvenant(convention, version), empreinte, jusqua);

    string Application.Accords.IDocumentsDesConventions.AdresseDeLAttestation(Conventions.Accords.ConventionId convention, int numero, string empreinte, DateTimeOffset jusqua) =>
        Adresse("attestation", IdDAvenant(convention, numero), empreinte, jusqua);

    /// <summary>In French, like the minutes' document whose title it is.</summary>
    string Application.Seances.IDocumentsDesSeances.Intitule(Conventions.Seances.Seance seance, Conventions.Comites.Comite comite) =>
        DocumentDuCompteRendu.Titre(seance, comite);

    private string Adresse(string nature, string id, string empreinte, DateTimeOffset jusqua) =>
        Lien(string.Format(CultureInfo.InvariantCulture, Chemins[nature], id), ObjetSigne(nature, id), empreinte, jusqua).ToString();

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
