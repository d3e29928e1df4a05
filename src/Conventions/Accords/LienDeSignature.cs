using System.Security.Cryptography;
using System.Text;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>
/// A signing link sent by e-mail to a designated signatory (R23 outside Teams): it names one signature — party and
/// function — of one version of the convention, and opens with a one-time code sent to the same address. A code lasts
/// <see cref="DureeDuCode"/>; <see cref="EssaisMaximum"/> wrong codes lock the link for good; once signed or declined
/// it is used up. Only hashes are kept: of the link's secret (its id) and of the code.
/// </summary>
public sealed class LienDeSignature
{
    public const int EssaisMaximum = 3;
    public static readonly TimeSpan DureeDuCode = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DureeDuLien = TimeSpan.FromDays(14);

    /// <summary>A new code is not sent sooner than this after the last one: the address is not flooded.</summary>
    public static readonly TimeSpan IntervalleDesCodes = TimeSpan.FromMinutes(1);

    private LienDeSignature(string id, ConventionId convention, int? avenant, string empreinte, Designation designation, AdresseMail adresse, DateTimeOffset expiration)
    {
        Id = id;
        Convention = convention;
        Avenant = avenant;
        Empreinte = empreinte;
        Designation = designation;
        Adresse = adresse;
        Expiration = expiration;
    }

    /// <summary>The hash of the secret the link carries: whoever holds the link finds it, nobody reading the tables can rebuild the link.</summary>
    public string Id { get; }

    public ConventionId Convention { get; }

    /// <summary>The amendment (by its version) the link signs; null: the convention itself.</summary>
    public int? Avenant { get; }

    /// <summary>The version the link was sent for: another version cannot be signed from it.</summary>
    public string Empreinte { get; }

    public Designation Designation { get; }

    public AdresseMail Adresse { get; }

    public DateTimeOffset Expiration { get; }

    public string? EmpreinteDuCode { get; private set; }

    public DateTimeOffset? CodeValableJusqua { get; private set; }

    public int CodesIncorrects { get; private set; }

    public DateTimeOffset? UtiliseLe { get; private set; }

    public bool Verrouille => CodesIncorrects >= EssaisMaximum;

    public static LienDeSignature Creer(string secret, ConventionId convention, string empreinte, Designation designation, AdresseMail adresse, DateTimeOffset maintenant, int? avenant = null) =>
        new(IdDuSecret(secret), convention, avenant, empreinte, designation ?? throw new ArgumentNullException(nameof(designation)), adresse, maintenant.ToUniversalTime() + DureeDuLien);

    public static LienDeSignature Restaurer(
        string id, ConventionId convention, int? avenant, string empreinte, Designation designation, AdresseMail adresse, DateTimeOffset expiration,
        string? empreinteDuCode, DateTimeOffset? codeValableJusqua, int codesIncorrects, DateTimeOffset? utiliseLe) =>
        new(id, convention, avenant, empreinte, designation, adresse, expiration)
        {
            EmpreinteDuCode = empreinteDuCode, CodeValableJusqua = codeValableJusqua, CodesIncorrects = codesIncorrects, UtiliseLe = utiliseLe,
        };

    public static string IdDuSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty)));

    /// <summary>A new code replaces the one before (which no longer opens the link); refused once the link is used, locked or expired, and within a minute of the last.</summary>
    public void NouveauCode(string code, DateTimeOffset maintenant)
    {
        ExigerOuvert(maintenant);
        if (CodeValableJusqua is { } jusqua && maintenant < jusqua - DureeDuCode + IntervalleDesCodes)
        {
            throw new RegleMetierException(CodesErreur.CodeRecent, Adresse.Valeur);
        }

        EmpreinteDuCode = Hacher(code);
        CodeValableJusqua = maintenant.ToUniversalTime() + DureeDuCode;
    }

    /// <summary>
    /// True when <paramref name="code"/> is the one sent and still valid. A wrong code counts (keep the link to record
    /// it): the <see cref="EssaisMaximum"/>th locks the link. A code never sent or past its time is refused without counting.
    /// </summary>
    public bool EssayerLeCode(string? code, DateTimeOffset maintenant)
    {
        ExigerOuvert(maintenant);
        if (EmpreinteDuCode is null || CodeValableJusqua is not { } jusqua || maintenant > jusqua)
        {
            throw new RegleMetierException(CodesErreur.CodeExpire);
        }

        var saisi = new string([.. (code ?? string.Empty).Where(char.IsAsciiDigit)]);
        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hacher(saisi)), Encoding.ASCII.GetBytes(EmpreinteDuCode)))
        {
            return true;
        }

        CodesIncorrects++;
        return false;
    }

    /// <summary>What to tell the person after a wrong code: how many tries are left, or that the link is now locked.</summary>
    public RegleMetierException CodeRefuse() => Verrouille
        ? new RegleMetierException(CodesErreur.LienVerrouille)
        : EssaisMaximum - CodesIncorrects == 1 ? new RegleMetierException(CodesErreur.CodeIncorrectDernierEssai)
        : new RegleMetierException(CodesErreur.CodeIncorrect, EssaisMaximum - CodesIncorrects);

    /// <summary>Signed or declined: the link and its code open nothing any more.</summary>
    public void Utiliser(DateTimeOffset maintenant)
    {
        UtiliseLe = maintenant.ToUniversalTime();
        EmpreinteDuCode = null;
        CodeValableJusqua = null;
    }

    public void ExigerOuvert(DateTimeOffset maintenant)
    {
        if (UtiliseLe is not null)
        {
            throw new RegleMetierException(CodesErreur.LienUtilise);
        }

        if (Verrouille)
        {
            throw new RegleMetierException(CodesErreur.LienVerrouille);
        }

        if (maintenant > Expiration)
        {
            throw new RegleMetierException(CodesErreur.LienExpire);
        }
    }

    /// <summary>The code's hash is salted with the link's id: the same code on two links never has the same hash.</summary>
    private string Hacher(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Id}:{code}")));
}
