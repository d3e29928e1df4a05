using Conventions.Accords;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;

namespace TeamsConventions.Application.Accords;

/// <summary>What follows each step of a convention's signature round, handed over to be delivered once and retried.</summary>
public interface ISuitesDesConventions
{
    /// <summary>Drawn up from an approved dossier: the secretariat reviews it and designates its signatories.</summary>
    Task RedigeeAsync(Convention convention, DossierDeProposition dossier, Comite secretariat, CancellationToken cancellationToken);

    /// <summary>The approved dossier's data could not make its convention: the secretariat learns what is missing.</summary>
    Task NonRedigeeAsync(DossierDeProposition dossier, Comite secretariat, RegleMetierException raison, CancellationToken cancellationToken);

    /// <summary>Each designated signatory who has not signed this version gets what to sign and as whom.</summary>
    Task ASignerAsync(Convention convention, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>R23 outside Teams: the signing link — of the convention, or of <paramref name="avenant"/> — by e-mail to <paramref name="adresse"/>; <paramref name="secret"/> is the link's only copy.</summary>
    Task LienDeSignatureAsync(Convention convention, Avenant? avenant, Designation designation, Conventions.Valeurs.AdresseMail adresse, string secret, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>The one-time code that opens <paramref name="lien"/>, by e-mail to its address.</summary>
    Task CodeDeSignatureAsync(Convention convention, LienDeSignature lien, string code, CancellationToken cancellationToken);

    /// <summary>The convention was corrected: those who had signed the former version learn their signature is void.</summary>
    Task SignaturesAnnuleesAsync(Convention convention, IReadOnlyList<Signature> annulees, CancellationToken cancellationToken);

    /// <summary>A designated signatory has let <paramref name="delaiEnJours"/> days pass since their turn came: reminded, once per delay.</summary>
    Task RappelAsync(Convention convention, Designation signataire, int delaiEnJours, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>A signatory declined: the secretariat learns who and why.</summary>
    Task RefuseeAsync(Convention convention, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>The last signature: the convention is in force, its signatories and secretariat are told.</summary>
    Task EnVigueurAsync(Convention convention, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>Filing the signed convention keeps failing: whoever runs its round learns why and that they can retry from its card.</summary>
    Task ClassementEnAttenteAsync(Convention convention, IReadOnlyList<Comite> secretariats, string raison, CancellationToken cancellationToken);

    /// <summary>R19: each signatory who has not signed the amendment under signature gets it to sign.</summary>
    Task AvenantASignerAsync(Convention convention, Avenant avenant, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>R26: the other parties' referents get the nominative amendment to confirm, 1:1 only.</summary>
    Task BeneficiaireAConfirmerAsync(Convention convention, Avenant avenant, IReadOnlyList<ReferentDansTeams> referents, CancellationToken cancellationToken);

    /// <summary>R26: every referent confirmed; the referents are told, without the beneficiary's data.</summary>
    Task BeneficiaireConfirmeAsync(Convention convention, Avenant avenant, CancellationToken cancellationToken);

    /// <summary>R31: each co-signatory of the certificate gets it to co-sign, 1:1.</summary>
    Task AttestationACosignerAsync(Convention convention, Attestation attestation, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>R31: every co-signatory signed; they and the round's runners are told it is delivered.</summary>
    Task AttestationDelivreeAsync(Convention convention, Attestation attestation, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);

    /// <summary>R27: a party reported a dysfunction; the other parties' people and the round's runners are told at once.</summary>
    Task DysfonctionnementAsync(Convention convention, string partie, string description, IReadOnlyList<Partie> aPrevenir, IReadOnlyList<Comite> secretariats, DateTimeOffset le, CancellationToken cancellationToken);

    /// <summary>R33: a party opened a dispute; everyone is told how the kind settles it.</summary>
    Task LitigeAsync(Convention convention, string partie, string objet, Conventions.Catalogue.RegleDeLitige voie, IReadOnlyList<Comite> secretariats, DateTimeOffset le, CancellationToken cancellationToken);

    /// <summary>The amendment's last signature: it is in force, the convention's signatories and secretariat are told.</summary>
    Task AvenantEnVigueurAsync(Convention convention, Avenant avenant, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken);
}

/// <summary>
/// The "convention signed" event, kept durably for those who act on it (filing in SharePoint, the yearly
/// evaluations): until they take it, it waits, and nothing is lost.
/// </summary>
public interface IEvenementsDesConventions
{
    Task SigneeAsync(Convention convention, CancellationToken cancellationToken);

    /// <summary>A signed amendment, kept for filing like the convention it amends.</summary>
    Task AvenantSigneAsync(Convention convention, Avenant avenant, CancellationToken cancellationToken);

    /// <summary>The last signature: what follows the entry into force (the parties told, everyone's list) is kept to be done, out of the signatory's answer.</summary>
    Task EnVigueurAAnnoncerAsync(Convention convention, CancellationToken cancellationToken);

    /// <summary>The conventions whose entry into force is still to be announced.</summary>
    Task<IReadOnlyList<ConventionId>> EnVigueurAAnnoncerAsync(CancellationToken cancellationToken);

    /// <summary>Announced: no longer to do.</summary>
    Task EnVigueurAnnonceeAsync(ConventionId convention, CancellationToken cancellationToken);
}

/// <summary>A convention's document as its signatories read it.</summary>
public interface IDocumentsDesConventions
{
    /// <summary>Where the version with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string Adresse(ConventionId convention, string empreinte, DateTimeOffset jusqua);

    /// <summary>Where amendment <paramref name="version"/> with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string AdresseDeLAvenant(ConventionId convention, int version, string empreinte, DateTimeOffset jusqua);

    /// <summary>Where certificate <paramref name="numero"/>, as hashed <paramref name="empreinte"/>, can be read until <paramref name="jusqua"/>.</summary>
    string AdresseDeLAttestation(ConventionId convention, int numero, string empreinte, DateTimeOffset jusqua);
}

/// <summary>How the organisation runs its signature rounds.</summary>
public interface IReglagesDesSignatures
{
    /// <summary>After how many days a signatory who has not signed is reminded (each delay once).</summary>
    IReadOnlyList<int> RappelsEnJours { get; }
}
