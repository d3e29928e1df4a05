using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Application.Accords;
using Conventions.Valeurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Courriels;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// A convention's signature round in Teams, through the outbox, each message once: the secretariat's card to
/// designate the signatories, each signatory's card to sign, the refusal and the entry into force told. A person the
/// bot cannot reach 1:1 is reported to the secretariat.
/// </summary>
public sealed class SuitesDesConventions(BoiteDEnvoi boite, IDocumentsDesConventions documents, Api.PageDeSignature pages, CatalogueDesConventions catalogue, TimeProvider timeProvider)
    : ISuitesDesConventions
{
    public const int DureeDuLienEnJours = 30;

    public async Task RedigeeAsync(Convention convention, DossierDeProposition dossier, Comite secretariat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(dossier);
        var suggestions = catalogue.Formulaires.GetValueOrDefault(dossier.Type) is { } formulaire
            ? ConventionDuDossier.NomsDesSignataires(convention, dossier, formulaire)
            : new Dictionary<(string, string), string>();
        var maintenant = timeProvider.GetUtcNow();
        await boite.DeposerAsync(
            $"convention-redigee|{convention.Id}",
            SecretariatDuComite.Destinataires(secretariat, maintenant),
            t => Activity.CarteAdaptative(ConventionCard.Designation(t, convention, Document(convention), suggestions, Bruxelles.Jour(maintenant))),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task NonRedigeeAsync(DossierDeProposition dossier, Comite secretariat, RegleMetierException raison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var demandeur = catalogue.Formulaires.GetValueOrDefault(dossier.Type)?.DemandeurDans(dossier.Champs) ?? dossier.Id.ToString();
        await boite.DeposerAsync(
            $"convention-non-redigee|{dossier.Id}|{dossier.Version}",
            SecretariatDuComite.Destinataires(secretariat, timeProvider.GetUtcNow()),
            t => Activity.Texte(t.Format(CleTexte.ConvNonRedigee, demandeur, t.Erreur(raison))),
            t => t.Format(CleTexte.ConvNonRedigeeObjet, demandeur),
            [],
            cancellationToken);
    }

    public async Task ASignerAsync(Convention convention, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(signataires);
        var maintenant = timeProvider.GetUtcNow();
        var signalerA = Secretariats(convention, secretariats, maintenant);
        foreach (var designation in signataires)
        {
            await boite.DeposerAsync(
                $"a-signer|{convention.Id}|{convention.EmpreinteEnVigueur}|{designation.Partie}|{designation.Fonction}",
                [new Destinataire.Personne(designation.Signataire.ToString(), designation.Nom)],
                t => Activity.CarteAdaptative(ConventionCard.ASigner(t, convention, designation, Document(convention), Bruxelles.Jour(maintenant))),
                t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
                signalerA,
                cancellationToken);
        }
    }

    public async Task LienDeSignatureAsync(Convention convention, Avenant? avenant, Designation designation, AdresseMail adresse, string secret, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(designation);
        var maintenant = timeProvider.GetUtcNow();
        var jusqua = maintenant + LienDeSignature.DureeDuLien;
        var empreinte = avenant?.Empreinte ?? convention.EmpreinteEnVigueur;
        var document = new Uri(avenant is null ? documents.Adresse(convention.Id, empreinte, jusqua) : documents.AdresseDeLAvenant(convention.Id, avenant.Version, empreinte, jusqua));
        var parties = string.Join(", ", convention.Parties.Select(p => p.Nom));
        var courriel = CourrielBilingue.Ecrire(
            adresse.Valeur,
            t => avenant is null ? t.Format(CleTexte.SignatureCourrielObjet, convention.Type.Intitule) : t.Format(CleTexte.SignatureCourrielObjetAvenant, avenant.Numero, convention.Type.Intitule),
            t =>
            [
                new(t.Format(CleTexte.SignatureCourrielBonjour, designation.Nom)),
                new(avenant is null
                    ? t.Format(CleTexte.SignatureCourrielInvitation, convention.Type.Intitule, parties, designation.Partie, ConventionCard.Fonction(t, convention, designation.Fonction))
                    : t.Format(CleTexte.SignatureCourrielInvitationAvenant, avenant.Numero, convention.Type.Intitule, parties, designation.Partie, ConventionCard.Fonction(t, convention, designation.Fonction), avenant.Objet)),
                new(t.Format(CleTexte.SignatureCourrielDocument, empreinte), document),
                new(t.Format(CleTexte.SignatureCourrielPage, jusqua), pages.Adresse(secret)),
            ]);
        await boite.DeposerCourrielAsync(
            $"lien-de-signature|{LienDeSignature.IdDuSecret(secret)}", new Destinataire.Courriel(adresse.Valeur, designation.Nom), courriel, Secretariats(convention, secretariats, maintenant), cancellationToken);
    }

    public async Task CodeDeSignatureAsync(Convention convention, LienDeSignature lien, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(lien);
        var jusqua = lien.CodeValableJusqua ?? timeProvider.GetUtcNow() + LienDeSignature.DureeDuCode;
        var courriel = CourrielBilingue.Ecrire(
            lien.Adresse.Valeur,
            t => t.Format(CleTexte.SignatureCodeObjet, convention.Type.Intitule),
            t =>
            [
                new(t.Format(CleTexte.SignatureCodeCorps, code, t.Heure(jusqua))),
                new(t[CleTexte.SignatureCodeIgnorer]),
            ]);
        await boite.DeposerCourrielAsync($"code-de-signature|{lien.Id}|{jusqua.UtcTicks}", new Destinataire.Courriel(lien.Adresse.Valeur, lien.Designation.Nom), courriel, [], cancellationToken);
    }

    public async Task ClassementEnAttenteAsync(Convention convention, IReadOnlyList<Comite> secretariats, string raison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var maintenant = timeProvider.GetUtcNow();
        await boite.DeposerAsync(
            $"classement-en-attente|{convention.Id}|{convention.Version}|{Bruxelles.Jour(maintenant):yyyy-MM-dd}",
            Secretariats(convention, secretariats, maintenant),
            t => Activity.Texte(t.Format(CleTexte.ConvClassementEnAttenteAvis, convention.Type.Intitule, raison)),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    /// <summary>A signatory outside the organisation learns by e-mail what the others learn in Teams.</summary>
    private Task PrevenirParCourrielAsync(string motif, Designation dehors, string adresse, Convention convention, Func<Textes, string> texte, CancellationToken cancellationToken) =>
        boite.DeposerCourrielAsync(
            motif, new Destinataire.Courriel(adresse, dehors.Nom),
            CourrielBilingue.Ecrire(adresse, t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule), t => [new(t.Format(CleTexte.SignatureCourrielBonjour, dehors.Nom)), new(texte(t))]),
            [], cancellationToken);

    public async Task SignaturesAnnuleesAsync(Convention convention, IReadOnlyList<Signature> annulees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(annulees);
        foreach (var signature in annulees)
        {
            var motif = $"signature-annulee|{convention.Id}|{signature.Empreinte}|{signature.Partie}|{signature.Fonction}";
            if (convention.Designations.FirstOrDefault(d => d.Signataire == signature.Signataire) is { Courriel: { } adresse } dehors)
            {
                await PrevenirParCourrielAsync(motif, dehors, adresse, convention, t => t.Format(CleTexte.ConvSignatureAnnulee, convention.Type.Intitule, signature.Le), cancellationToken);
                continue;
            }

            var nom = convention.Designations.FirstOrDefault(d => d.Signataire == signature.Signataire)?.Nom;
            await boite.DeposerAsync(
                $"signature-annulee|{convention.Id}|{signature.Empreinte}|{signature.Partie}|{signature.Fonction}",
                [new Destinataire.Personne(signature.Signataire.ToString(), nom)],
                t => Activity.Texte(t.Format(CleTexte.ConvSignatureAnnulee, convention.Type.Intitule, signature.Le)),
                t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
                [],
                cancellationToken);
        }
    }

    public async Task RappelAsync(Convention convention, Designation signataire, int delaiEnJours, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(signataire);
        var maintenant = timeProvider.GetUtcNow();
        var motif = $"rappel-signature|{convention.Id}|{convention.EmpreinteEnVigueur}|{signataire.Partie}|{signataire.Fonction}|{delaiEnJours}";
        if (signataire.Courriel is { } adresse)
        {
            // Outside the organisation: reminded by e-mail, to use the link they have (or ask for another).
            await boite.DeposerCourrielAsync(
                motif,
                new Destinataire.Courriel(adresse, signataire.Nom),
                CourrielBilingue.Ecrire(
                    adresse,
                    t => t.Format(CleTexte.SignatureRappelObjet, convention.Type.Intitule),
                    t => [new(t.Nombre(CleTexte.SignatureRappelCorpsUn, CleTexte.SignatureRappelCorpsPlusieurs, delaiEnJours, convention.Type.Intitule, $"{signataire.Partie}, {ConventionCard.Fonction(t, convention, signataire.Fonction)}"))]),
                Secretariats(convention, secretariats, maintenant),
                cancellationToken);
            return;
        }

        await boite.DeposerAsync(
            motif,
            [new Destinataire.Personne(signataire.Signataire.ToString(), signataire.Nom)],
            t => Activity.CarteAdaptative(ConventionCard.ASigner(t, convention, signataire, Document(convention), Bruxelles.Jour(maintenant), t.Nombre(CleTexte.ConvRappelUn, CleTexte.ConvRappelPlusieurs, delaiEnJours))),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            Secretariats(convention, secretariats, maintenant),
            cancellationToken);
    }

    public async Task RefuseeAsync(Convention convention, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.Refus is not { } refus)
        {
            return;
        }

        var nom = convention.Designations.FirstOrDefault(d => d.Signataire == refus.Signataire)?.Nom ?? refus.Partie;
        var maintenant = timeProvider.GetUtcNow();
        await boite.DeposerAsync(
            $"convention-refusee|{convention.Id}|{refus.Empreinte}",
            Secretariats(convention, secretariats, maintenant),
            t => Activity.Texte(t.Format(CleTexte.ConvRefuseeAvis, nom, refus.Partie, ConventionCard.Fonction(t, convention, refus.Fonction), convention.Type.Intitule, refus.Motif)),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task EnVigueurAsync(Convention convention, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.DateDeSignature is not { } le)
        {
            return;
        }

        var maintenant = timeProvider.GetUtcNow();
        foreach (var dehors in convention.Designations.Where(d => d.Courriel is not null))
        {
            await PrevenirParCourrielAsync($"convention-en-vigueur|{convention.Id}", dehors, dehors.Courriel ?? string.Empty, convention, t => t.Format(CleTexte.ConvEnVigueurAvis, convention.Type.Intitule, le), cancellationToken);
        }

        var destinataires = convention.Designations.Where(d => d.Courriel is null).Select(d => (Destinataire)new Destinataire.Personne(d.Signataire.ToString(), d.Nom))
            .Concat(Secretariats(convention, secretariats, maintenant)).Distinct();
        await boite.DeposerAsync(
            $"convention-en-vigueur|{convention.Id}",
            destinataires,
            t => Activity.Texte(t.Format(CleTexte.ConvEnVigueurAvis, convention.Type.Intitule, le)),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task AvenantASignerAsync(Convention convention, Avenant avenant, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        ArgumentNullException.ThrowIfNull(signataires);
        var maintenant = timeProvider.GetUtcNow();
        var document = new Uri(documents.AdresseDeLAvenant(convention.Id, avenant.Version, avenant.Empreinte, maintenant.AddDays(DureeDuLienEnJours)));
        foreach (var designation in signataires)
        {
            await boite.DeposerAsync(
                $"avenant-a-signer|{convention.Id}|{avenant.Version}|{designation.Partie}|{designation.Fonction}",
                [new Destinataire.Personne(designation.Signataire.ToString(), designation.Nom)],
                t => Activity.CarteAdaptative(AvenantCard.ASigner(t, convention, avenant, designation, document)),
                t => t.Format(CleTexte.AvenantObjetDuMessage, convention.Type.Intitule),
                Secretariats(convention, secretariats, maintenant),
                cancellationToken);
        }
    }

    public async Task AvenantEnVigueurAsync(Convention convention, Avenant avenant, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        foreach (var dehors in convention.Designations.Where(d => d.Courriel is not null))
        {
            await PrevenirParCourrielAsync($"avenant-en-vigueur|{convention.Id}|{avenant.Version}", dehors, dehors.Courriel ?? string.Empty, convention, t => t.Format(CleTexte.AvenantSigneAvis, avenant.Numero, convention.Type.Intitule), cancellationToken);
        }

        var destinataires = convention.Designations.Where(d => d.Courriel is null).Select(d => (Destinataire)new Destinataire.Personne(d.Signataire.ToString(), d.Nom))
            .Concat(Secretariats(convention, secretariats, timeProvider.GetUtcNow())).Distinct();
        await boite.DeposerAsync(
            $"avenant-en-vigueur|{convention.Id}|{avenant.Version}",
            destinataires,
            t => Activity.Texte(t.Format(CleTexte.AvenantSigneAvis, avenant.Numero, convention.Type.Intitule)),
            t => t.Format(CleTexte.AvenantObjetDuMessage, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task BeneficiaireAConfirmerAsync(Convention convention, Avenant avenant, IReadOnlyList<ReferentDansTeams> referents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        ArgumentNullException.ThrowIfNull(referents);
        foreach (var referent in referents)
        {
            // 1:1 to the other referent only; if they cannot be reached, nobody else is shown the beneficiary.
            await boite.DeposerAsync(
                $"beneficiaire-a-confirmer|{convention.Id}|{avenant.Version}|{referent.Partie}",
                [new Destinataire.Personne(referent.Membre.ToString(), referent.Nom)],
                t => Activity.CarteAdaptative(BeneficiairesCard.PourLeReferent(t, convention, referent.Membre, t.Format(CleTexte.BeneficiaireAConfirmer, convention.Type.Intitule))),
                t => t.Format(CleTexte.AvenantObjetDuMessage, convention.Type.Intitule),
                [],
                cancellationToken);
        }
    }

    public async Task BeneficiaireConfirmeAsync(Convention convention, Avenant avenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        await boite.DeposerAsync(
            $"beneficiaire-confirme|{convention.Id}|{avenant.Version}",
            [.. convention.Referents.Select(r => new Destinataire.Personne(r.Membre.ToString(), r.Nom))],
            t => Activity.Texte(t.Format(CleTexte.BeneficiaireConfirmeAvis, convention.Type.Intitule)),
            t => t.Format(CleTexte.AvenantObjetDuMessage, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task AttestationACosignerAsync(Convention convention, Attestation attestation, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(attestation);
        var maintenant = timeProvider.GetUtcNow();
        var signalerA = Secretariats(convention, secretariats, maintenant);
        var document = new Uri(documents.AdresseDeLAttestation(convention.Id, attestation.Numero, attestation.Empreinte, maintenant.AddDays(DureeDuLienEnJours)));
        foreach (var cosignataire in attestation.Cosignataires)
        {
            await boite.DeposerAsync(
                $"attestation-a-cosigner|{convention.Id}|{attestation.Numero}|{cosignataire.Role}|{cosignataire.Membre}",
                [new Destinataire.Personne(cosignataire.Membre.ToString(), cosignataire.Nom)],
                t => Activity.CarteAdaptative(AttestationCard.ACosigner(t, convention, attestation, cosignataire, document)),
                t => t[CleTexte.AttestationACosignerObjet],
                signalerA,
                cancellationToken);
        }
    }

    public async Task AttestationDelivreeAsync(Convention convention, Attestation attestation, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(attestation);
        await boite.DeposerAsync(
            $"attestation-delivree|{convention.Id}|{attestation.Numero}",
            [.. attestation.Cosignataires.Select(c => (Destinataire)new Destinataire.Personne(c.Membre.ToString(), c.Nom)).Concat(Secretariats(convention, secretariats, timeProvider.GetUtcNow())).Distinct()],
            t => Activity.Texte(t.Format(CleTexte.AttestationDelivreeAvis, attestation.Numero, convention.Type.Intitule)),
            t => t[CleTexte.AttestationACosignerObjet],
            [],
            cancellationToken);
    }

    public async Task DysfonctionnementAsync(
        Convention convention, string partie, string description, IReadOnlyList<Partie> aPrevenir, IReadOnlyList<Comite> secretariats, DateTimeOffset le, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(aPrevenir);
        var referents = string.Join(" ; ", aPrevenir.Select(p => p.Referent is { } r ? $"{p.Nom} : {r.Nom}, {r.Mail.Valeur}, {r.Telephone.Valeur}" : p.Nom));
        await boite.DeposerAsync(
            $"dysfonctionnement|{convention.Id}|{le.UtcTicks}",
            Concernes(convention, aPrevenir.Select(p => p.Nom), secretariats),
            t => Activity.Texte(t.Format(CleTexte.DysfonctionnementAvis, partie, convention.Type.Intitule, description, referents)),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    public async Task LitigeAsync(Convention convention, string partie, string objet, RegleDeLitige voie, IReadOnlyList<Comite> secretariats, DateTimeOffset le, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        await boite.DeposerAsync(
            $"litige|{convention.Id}|{le.UtcTicks}",
            Concernes(convention, convention.Parties.Select(p => p.Nom), secretariats),
            t => Activity.Texte(t.Format(voie == RegleDeLitige.ConciliationEnComiteDePilotageExceptionnel ? CleTexte.LitigeConciliation : CleTexte.LitigeAmiable, partie, convention.Type.Intitule, objet)),
            t => t.Format(CleTexte.ConvRedigeeObjet, convention.Type.Intitule),
            [],
            cancellationToken);
    }

    /// <summary>The people of <paramref name="parties"/> (their designated signatories) and whoever runs the round.</summary>
    private List<Destinataire> Concernes(Convention convention, IEnumerable<string> parties, IReadOnlyList<Comite> secretariats)
    {
        var noms = parties.ToHashSet(StringComparer.Ordinal);
        return [.. convention.Designations.Where(d => noms.Contains(d.Partie)).Select(d => (Destinataire)new Destinataire.Personne(d.Signataire.ToString(), d.Nom))
            .Concat(Secretariats(convention, secretariats, timeProvider.GetUtcNow())).Distinct()];
    }

    /// <summary>The document, readable as long as a signatory may take to sign.</summary>
    private Uri Document(Convention convention) => new(documents.Adresse(convention.Id, convention.EmpreinteEnVigueur, timeProvider.GetUtcNow().AddDays(DureeDuLienEnJours)));

    /// <summary>Who runs the round: the committees' secretariats, or the drafters of a convention drafted in chat.</summary>
    private static List<Destinataire> Secretariats(Convention convention, IReadOnlyList<Comite> comites, DateTimeOffset maintenant) =>
        [.. comites.SelectMany(c => SecretariatDuComite.Destinataires(c, maintenant))
            .Concat(convention.Redacteurs.Select(r => new Destinataire.Personne(r.Membre.ToString(), r.Nom)))
            .Distinct()];
}
