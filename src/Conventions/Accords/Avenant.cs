using Conventions.Membres;

namespace Conventions.Accords;

/// <summary>
/// An amendment (R19): the next version of the convention, in force once every party has signed it. A nominative
/// amendment (R26) adds one beneficiary, with their recorded consent and the minimal fields only.
/// </summary>
/// <param name="texte">What it changes, as the parties sign it (« l'article 4 est remplacé par… »).</param>
public sealed class Avenant(int version, string objet, string empreinte, BeneficiaireNominatif? beneficiaire, string texte = "")
{
    private readonly List<Signature> _signatures = [];

    public int Version { get; } = version;

    /// <summary>Its number as the parties read it: version 2 is « avenant n° 1 ».</summary>
    public int Numero => Version - 1;

    public string Objet { get; } = objet;

    public string Empreinte { get; } = empreinte;

    public BeneficiaireNominatif? Beneficiaire { get; private set; } = beneficiaire;

    /// <summary>A nominative amendment (R26), even once its beneficiary's data is erased.</summary>
    public bool EstNominatif { get; private set; } = beneficiaire is not null;

    /// <summary>When the beneficiary's data was erased at their request; null while kept.</summary>
    public DateOnly? EffaceLe { get; private set; }

    public string Texte { get; } = texte;

    public IReadOnlyList<Signature> Signatures => _signatures;

    public bool EnVigueur { get; private set; }

    internal void AjouterSignature(Signature signature) => _signatures.Add(signature);

    internal void MettreEnVigueur() => EnVigueur = true;

    internal void Effacer(DateOnly le)
    {
        Beneficiaire = null;
        EstNominatif = true;
        EffaceLe = le;
    }

    /// <summary>
    /// The hash of what the parties sign: the convention it amends and the version in force it starts from, its
    /// number, its subject and its text. The same amendment gives the same hash; any word changed, another one.
    /// </summary>
    public static string EmpreinteDuContenu(ConventionId convention, string empreinteParente, int version, string objet, string texte) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\u001F', convention.ToString(), empreinteParente, version.ToString(System.Globalization.CultureInfo.InvariantCulture), objet, texte))));
}

/// <summary>The beneficiary's consent: when, who recorded it, and how it was given (in writing, orally before the referent).</summary>
public sealed record Consentement(DateOnly Le, MembreId RecueilliPar, string? Forme = null);

/// <summary>The person who is a party's referent (R21) in Teams: they alone see and handle its beneficiaries (R26).</summary>
public sealed record ReferentDansTeams(string Partie, MembreId Membre, string Nom);

/// <summary>R26: the minimal data of a beneficiary joining a concurrent training path; access restricted to the parties' referents.</summary>
public sealed record BeneficiaireNominatif(string Nom, string Parcours, DateOnly Entree, Consentement Consentement);
