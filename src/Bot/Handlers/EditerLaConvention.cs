using System.Text.Json;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// A convention card's buttons: the secretariat designates the signatories (the round starts), a designated person
/// signs or declines — always as the person the activity says pressed, never anyone the card names. A refusal of
/// the rules comes back on the card with its reason, what was typed kept.
/// </summary>
public sealed class EditerLaConvention(
    IConventions conventions, SignatureDeLaConvention signature, AvenantDeLaConvention avenants, SignalementsDeLaConvention signalements, AttestationsDeLaConvention attestations,
    RedactionDUneConvention redaction, SignatureParCourriel parCourriel, TeamsConventions.Application.Dossiers.IDossiers dossiers, CatalogueDesConventions catalogue,
    IDocumentsDesConventions documents, TeamsConventions.Application.Classement.IClassements classements, TeamsConventions.Application.Classement.ClasserLesConventionsSignees classement,
    TimeProvider timeProvider)
    : IActionDeCarte
{
    public string Verbe => Verbes.Convention;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Lire<DonneesDeConvention>(donnees) is not { } demande || !Guid.TryParseExact(demande.Convention, "N", out var guid) || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        var id = new ConventionId(guid);
        var valeurs = LectureDesDonnees.Saisies(donnees);

        // Signing and declining read the convention under their own guard: no read before them.
        var lit = demande.Aller is DeplacementsDeLaConvention.Voir or DeplacementsDeLaConvention.Designer or DeplacementsDeLaConvention.Corriger or DeplacementsDeLaConvention.Avenant
            or DeplacementsDeLaConvention.LienParCourriel or DeplacementsDeLaConvention.Classer
            or DeplacementsDeLaConvention.Referents or DeplacementsDeLaConvention.Attestation;
        var lue = lit ? await conventions.ChargerAsync(id, cancellationToken) : null;
        if (lue is null && lit)
        {
            return Introuvable(t);
        }

        try
        {
            return demande.Aller switch
            {
                DeplacementsDeLaConvention.Voir when lue is not null => InvokeResponse.Carte(await VueAsync(t, lue, membre, cancellationToken)),
                DeplacementsDeLaConvention.Designer when lue is not null => await DesignerAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Corriger when lue is not null => await CorrigerAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.LienParCourriel when lue is not null => await EnvoyerLeLienAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Classer when lue is not null => await ClasserAsync(t, lue, membre, cancellationToken),
                DeplacementsDeLaConvention.Signer when demande is { Partie: { } partie, Fonction: { } fonction, Empreinte: { } empreinte } =>
                    await SignerAsync(t, id, partie, fonction, empreinte, valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampLieu), membre, cancellationToken),
                DeplacementsDeLaConvention.Avenant when lue is not null => await ProposerAvenantAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Dysfonctionnement or DeplacementsDeLaConvention.Litige => await SignalerAsync(t, id, demande.Aller, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Referents when lue is not null => await DesignerReferentsAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Beneficiaire => await AjouterBeneficiaireAsync(t, id, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Attestation when lue is not null => await EtablirAttestationAsync(t, lue, valeurs, membre, cancellationToken),
                DeplacementsDeLaConvention.Cosigner when demande is { Version: { } numero, Fonction: { } role } => await CosignerAsync(t, id, numero, role, membre, cancellationToken),
                DeplacementsDeLaConvention.EffacerBeneficiaire when demande.Version is { } version => await EffacerBeneficiaireAsync(t, id, version, membre, cancellationToken),
                DeplacementsDeLaConvention.SignerAvenant when demande is { Version: { } version, Partie: { } partie, Fonction: { } fonction, Empreinte: { } empreinte } =>
                    await SignerAvenantAsync(t, id, version, partie, fonction, empreinte, valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampLieu), membre, cancellationToken),
                DeplacementsDeLaConvention.Refuser when demande is { Partie: { } partie, Fonction: { } fonction, Empreinte: { } empreinte } =>
                    await RefuserAsync(t, id, partie, fonction, empreinte, valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampMotif) ?? string.Empty, membre, cancellationToken),
                _ => LectureDesDonnees.CarteInvalide(t),
            };
        }
        catch (RegleMetierException erreur)
        {
            if (await conventions.ChargerAsync(id, cancellationToken) is not { } actuelle)
            {
                return Introuvable(t);
            }

            return InvokeResponse.Carte(demande.Aller switch
            {
                DeplacementsDeLaConvention.Beneficiaire or DeplacementsDeLaConvention.EffacerBeneficiaire or DeplacementsDeLaConvention.SignerAvenant when actuelle.EstReferent(membre)
                    => BeneficiairesCard.PourLeReferent(t, actuelle, membre, t.Erreur(erreur), true, valeurs),
                DeplacementsDeLaConvention.Cosigner when demande is { Version: { } numero } && actuelle.Attestations.FirstOrDefault(a => a.Numero == numero) is { } attestation
                    && attestation.Cosignataires.FirstOrDefault(c => c.Role == demande.Fonction) is { } cosignataire
                    => AttestationCard.ACosigner(t, actuelle, attestation, cosignataire, DocumentDeLAttestation(actuelle, attestation), t.Erreur(erreur), true),
                DeplacementsDeLaConvention.Designer or DeplacementsDeLaConvention.Corriger or DeplacementsDeLaConvention.Avenant or DeplacementsDeLaConvention.Attestation
                    or DeplacementsDeLaConvention.LienParCourriel or DeplacementsDeLaConvention.Classer => await DesignationAsync(t, actuelle, valeurs, t.Erreur(erreur), true, cancellationToken),
                DeplacementsDeLaConvention.Dysfonctionnement or DeplacementsDeLaConvention.Litige
                    when actuelle.Designations.All(d => d.Signataire != membre) => await DesignationAsync(t, actuelle, valeurs, t.Erreur(erreur), true, cancellationToken),
                DeplacementsDeLaConvention.SignerAvenant when demande is { Version: { } version } && actuelle.Avenants.FirstOrDefault(a => a.Version == version) is { } avenant
                    && actuelle.Designations.FirstOrDefault(d => d.Signataire == membre && d.Partie == demande.Partie && d.Fonction == demande.Fonction) is { } designation
                    => AvenantCard.ASigner(t, actuelle, avenant, designation, DocumentDeLAvenant(actuelle, avenant), t.Erreur(erreur), true),
                _ => await VueAsync(t, actuelle, membre, cancellationToken, t.Erreur(erreur), true, demande.Partie, demande.Fonction),
            });
        }
    }

    private static InvokeResponse Introuvable(Textes t) => InvokeResponse.Erreur(StatusCodes.Status404NotFound, "convention.introuvable", t[CleTexte.ConvIntrouvable]);

    private async Task<InvokeResponse> DesignerAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var designations = new List<Designation>();
        foreach (var ((partie, fonction), rang) in convention.SignaturesRequises().Select((r, i) => (r, i)))
        {
            if (convention.Signatures.Any(s => s.Partie == partie && s.Fonction == fonction))
            {
                continue;
            }

            var nom = valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampNom(rang));
            var courriel = valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampCourrielDuSignataire(rang))?.Trim();
            if (nom is not { Length: > 0 })
            {
                return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t.Format(CleTexte.ConvPersonneInvalide, partie, ConventionCard.Fonction(t, convention, fonction)), true, cancellationToken));
            }

            if (MembreId.EssayerDepuis(valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampSignataire(rang)), out var signataire))
            {
                designations.Add(new Designation(partie, fonction, signataire, nom));
            }
            else if (courriel is { Length: > 0 })
            {
                // Outside the organisation: known by the address, whose signing link it gets (a wrong one is refused with its reason).
                var adresse = Conventions.Valeurs.AdresseMail.Depuis(courriel);
                designations.Add(new Designation(partie, fonction, MembreId.DeLAdresse(adresse), nom, adresse.Valeur));
            }
            else
            {
                return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t.Format(CleTexte.ConvPersonneInvalide, partie, ConventionCard.Fonction(t, convention, fonction)), true, cancellationToken));
            }
        }

        var designee = await signature.DesignerAsync(convention.Id, designations, membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(await DesignationAsync(t, designee, null, t[CleTexte.ConvDesignes], false, cancellationToken));
    }

    /// <summary>R23 outside Teams: the link to the awaited signature chosen, by e-mail to the address typed; a wrong address comes back with its reason, what was typed kept.</summary>
    private async Task<InvokeResponse> EnvoyerLeLienAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var requises = convention.SignaturesRequises();
        if (!int.TryParse(valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampSignatureParCourriel), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rang)
            || rang >= requises.Count)
        {
            return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t[CleTexte.ConvLienSignatureAChoisir], true, cancellationToken));
        }

        var adresse = valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampAdresse) ?? string.Empty;
        var envoyee = await parCourriel.EnvoyerAsync(convention.Id, requises[rang].Partie, requises[rang].Fonction, adresse, membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(await DesignationAsync(t, envoyee, null, t.Format(CleTexte.ConvLienEnvoye, adresse.Trim()), false, cancellationToken));
    }

    /// <summary>« Réessayer le classement »: filed now, or what to fix (or that the library does not answer), on the card.</summary>
    private async Task<InvokeResponse> ClasserAsync(Textes t, Convention convention, MembreId membre, CancellationToken cancellationToken)
    {
        try
        {
            await classement.ReessayerAsync(convention.Id, membre, cancellationToken);
            return InvokeResponse.Carte(await DesignationAsync(t, convention, null, t[CleTexte.ConvClasseeMaintenant], false, cancellationToken));
        }
        catch (TeamsConventions.Application.Classement.ClassementImpossibleException e)
        {
            var message = e.Indisponible ? t[CleTexte.ConvClassementIndisponible] : t.Format(CleTexte.ConvClassementEchoue, e.Message);
            return InvokeResponse.Carte(await DesignationAsync(t, convention, null, message, true, cancellationToken));
        }
    }

    /// <summary>The correction as typed: each party with its referent, the period; a value the domain refuses comes back with its reason, everything typed kept.</summary>
    private async Task<InvokeResponse> CorrigerAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        string Valeur(string quoi, int rang) => valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampDePartie(quoi, rang))?.Trim() ?? string.Empty;
        var parties = convention.Parties.Select((p, rang) => new Partie(
            p.Role,
            Valeur("nom", rang),
            Valeur("referent", rang) is { Length: > 0 } nom ? new Referent(nom, Conventions.Valeurs.AdresseMail.Depuis(Valeur("mail", rang)), Conventions.Valeurs.Telephone.Depuis(Valeur("telephone", rang))) : null,
            Valeur("bce", rang) is { Length: > 0 } bce ? Conventions.Valeurs.NumeroBce.Depuis(bce) : null)).ToList();
        var parametres = convention.Parametres;
        if (parametres.PeriodeProposee is not null)
        {
            if (!DateOnly.TryParseExact(valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampDebut), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var debut)
                || !DateOnly.TryParseExact(valeurs.GetValueOrDefault(DeplacementsDeLaConvention.ChampFin), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var fin))
            {
                return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t[CleTexte.ConvPeriodeInvalide], true, cancellationToken));
            }

            parametres = parametres with { PeriodeProposee = new Conventions.Valeurs.Periode(debut, fin) };
        }

        var corrigee = await signature.CorrigerAsync(convention.Id, parties, parametres, membre, cancellationToken) ?? convention;
        var message = corrigee.EmpreinteEnVigueur == convention.EmpreinteEnVigueur ? t[CleTexte.ConvSansChangement] : t[CleTexte.ConvCorrigee];
        return InvokeResponse.Carte(await DesignationAsync(t, corrigee, null, message, false, cancellationToken));
    }

    private async Task<InvokeResponse> SignerAsync(Textes t, ConventionId id, string partie, string fonction, string empreinte, string? lieu, MembreId membre, CancellationToken cancellationToken)
    {
        if (await signature.SignerAsync(id, partie, fonction, empreinte, lieu, membre, cancellationToken) is not { } signee)
        {
            return Introuvable(t);
        }

        return InvokeResponse.Carte(await VueAsync(t, signee, membre, cancellationToken, partie: partie, fonction: fonction));
    }

    /// <summary>R19: the amendment as typed; a subject or text missing comes back with its reason, everything typed kept.</summary>
    private async Task<InvokeResponse> ProposerAvenantAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var amendee = await avenants.ProposerAsync(
            convention.Id, valeurs.GetValueOrDefault(AvenantCard.ChampObjet) ?? string.Empty, valeurs.GetValueOrDefault(AvenantCard.ChampTexte) ?? string.Empty, membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(await DesignationAsync(t, amendee, null, t.Format(CleTexte.AvenantEnvoye, amendee.AvenantEnCours?.Numero ?? amendee.Version - 1), false, cancellationToken));
    }

    private async Task<InvokeResponse> SignerAvenantAsync(Textes t, ConventionId id, int version, string partie, string fonction, string empreinte, string? lieu, MembreId membre, CancellationToken cancellationToken)
    {
        if (await avenants.SignerAsync(id, version, partie, fonction, empreinte, lieu, membre, cancellationToken) is not { } signee)
        {
            return Introuvable(t);
        }

        var avenant = AvenantDeLaConvention.Avenant(signee, version);
        if (avenant.EstNominatif && signee.EstReferent(membre))
        {
            return InvokeResponse.Carte(BeneficiairesCard.PourLeReferent(t, signee, membre, avenant.EnVigueur ? t[CleTexte.BeneficiaireConfirme] : null));
        }

        var designation = signee.Designations.First(d => d.Signataire == membre && d.Partie == partie && d.Fonction == fonction);
        return InvokeResponse.Carte(AvenantCard.ASigner(t, signee, avenant, designation, DocumentDeLAvenant(signee, avenant)));
    }

    /// <summary>R27 and R33: reported for the party chosen; told at once; a description missing comes back with its reason, what was typed kept.</summary>
    private async Task<InvokeResponse> SignalerAsync(Textes t, ConventionId id, string aller, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var partie = valeurs.GetValueOrDefault(SignalementCard.ChampPartie) ?? string.Empty;
        var texte = valeurs.GetValueOrDefault(SignalementCard.ChampTexte) ?? string.Empty;
        var convention = aller == DeplacementsDeLaConvention.Litige
            ? await signalements.OuvrirLitigeAsync(id, partie, texte, membre, cancellationToken)
            : await signalements.SignalerAsync(id, partie, texte, membre, cancellationToken);
        if (convention is null)
        {
            return Introuvable(t);
        }

        var message = aller != DeplacementsDeLaConvention.Litige ? t[CleTexte.DysfonctionnementEnregistre]
            : convention.Type.Litige == Conventions.Catalogue.RegleDeLitige.ConciliationEnComiteDePilotageExceptionnel ? t[CleTexte.LitigeEnregistreConciliation]
            : t[CleTexte.LitigeEnregistreAmiable];
        return InvokeResponse.Carte(await VueAsync(t, convention, membre, cancellationToken, message, false));
    }

    private async Task<InvokeResponse> DesignerReferentsAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var referents = new List<ReferentDansTeams>();
        foreach (var (partie, rang) in convention.Parties.Select((p, i) => (p, i)))
        {
            if (!MembreId.EssayerDepuis(valeurs.GetValueOrDefault(BeneficiairesCard.ChampReferent(rang)), out var referent)
                || valeurs.GetValueOrDefault(BeneficiairesCard.ChampNomDuReferent(rang))?.Trim() is not { Length: > 0 } nom)
            {
                return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t[CleTexte.ReferentsIncomplets], true, cancellationToken));
            }

            referents.Add(new ReferentDansTeams(partie.Nom, referent, nom));
        }

        var designee = await avenants.DesignerReferentsAsync(convention.Id, referents, membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(await DesignationAsync(t, designee, null, t[CleTexte.ReferentsDesignes], false, cancellationToken));
    }

    /// <summary>R26: the beneficiary as typed, by a referent; anything refused comes back with its reason, everything typed kept.</summary>
    private async Task<InvokeResponse> AjouterBeneficiaireAsync(Textes t, ConventionId id, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } convention)
        {
            return Introuvable(t);
        }

        if (!convention.EstReferent(membre))
        {
            throw new Conventions.Erreurs.RegleMetierException(Conventions.Erreurs.CodesErreur.ReserveAuxReferents, string.Join(", ", convention.Referents.Select(r => r.Nom)));
        }

        if (!DateOnly.TryParseExact(valeurs.GetValueOrDefault(BeneficiairesCard.ChampEntree), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var entree))
        {
            return InvokeResponse.Carte(BeneficiairesCard.PourLeReferent(t, convention, membre, t[CleTexte.BeneficiaireDateInvalide], true, valeurs));
        }

        var ajoute = await avenants.AjouterBeneficiaireAsync(
            id, valeurs.GetValueOrDefault(BeneficiairesCard.ChampNom) ?? string.Empty, valeurs.GetValueOrDefault(BeneficiairesCard.ChampParcours) ?? string.Empty, entree,
            valeurs.GetValueOrDefault(BeneficiairesCard.ChampConsenti) == "true", valeurs.GetValueOrDefault(BeneficiairesCard.ChampForme), membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(BeneficiairesCard.PourLeReferent(t, ajoute, membre, t[CleTexte.BeneficiaireAjoute]));
    }

    /// <summary>R31: the certificate as typed, its authority chosen with the people picker; anything refused comes back with its reason, everything typed kept.</summary>
    private async Task<InvokeResponse> EtablirAttestationAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        if (!MembreId.EssayerDepuis(valeurs.GetValueOrDefault(AttestationCard.ChampAutorite), out var autorite)
            || valeurs.GetValueOrDefault(AttestationCard.ChampNomDeLAutorite)?.Trim() is not { Length: > 0 } nom)
        {
            return InvokeResponse.Carte(await DesignationAsync(t, convention, valeurs, t[CleTexte.AttestationAutoriteInvalide], true, cancellationToken));
        }

        var etablie = await attestations.EtablirAsync(
            convention.Id, valeurs.GetValueOrDefault(AttestationCard.ChampApprenant) ?? string.Empty, valeurs.GetValueOrDefault(AttestationCard.ChampCompetences) ?? string.Empty,
            new Cosignataire(valeurs.GetValueOrDefault(AttestationCard.ChampRole) ?? string.Empty, null, autorite, nom), membre, cancellationToken) ?? convention;
        return InvokeResponse.Carte(await DesignationAsync(t, etablie, null, t.Format(CleTexte.AttestationEtablie, etablie.Attestations.Count), false, cancellationToken));
    }

    private async Task<InvokeResponse> CosignerAsync(Textes t, ConventionId id, int numero, string role, MembreId membre, CancellationToken cancellationToken)
    {
        if (await attestations.CosignerAsync(id, numero, role, membre, cancellationToken) is not { } convention)
        {
            return Introuvable(t);
        }

        var attestation = convention.Attestations.First(a => a.Numero == numero);
        return InvokeResponse.Carte(AttestationCard.ACosigner(t, convention, attestation, attestation.Cosignataires.First(c => c.Role == role && c.Membre == membre), DocumentDeLAttestation(convention, attestation)));
    }

    private async Task<InvokeResponse> EffacerBeneficiaireAsync(Textes t, ConventionId id, int version, MembreId membre, CancellationToken cancellationToken) =>
        await avenants.EffacerBeneficiaireAsync(id, version, membre, cancellationToken) is { } effacee
            ? InvokeResponse.Carte(BeneficiairesCard.PourLeReferent(t, effacee, membre, t[CleTexte.BeneficiaireEffaceMessage]))
            : Introuvable(t);

    private Uri DocumentDeLAttestation(Convention convention, Attestation attestation) =>
        new(documents.AdresseDeLAttestation(convention.Id, attestation.Numero, attestation.Empreinte, timeProvider.GetUtcNow().AddDays(SuitesDesConventions.DureeDuLienEnJours)));

    private Uri DocumentDeLAvenant(Convention convention, Avenant avenant) =>
        new(documents.AdresseDeLAvenant(convention.Id, avenant.Version, avenant.Empreinte, timeProvider.GetUtcNow().AddDays(SuitesDesConventions.DureeDuLienEnJours)));

    private async Task<InvokeResponse> RefuserAsync(Textes t, ConventionId id, string partie, string fonction, string empreinte, string motif, MembreId membre, CancellationToken cancellationToken)
    {
        if (await signature.RefuserAsync(id, partie, fonction, empreinte, motif, membre, cancellationToken) is not { } refusee)
        {
            return Introuvable(t);
        }

        return InvokeResponse.Carte(await VueAsync(t, refusee, membre, cancellationToken, t[CleTexte.ConvRefusEnregistre], false, partie, fonction));
    }

    /// <summary>What the person who pressed sees: their signature card if they are designated on it, the secretariat's card otherwise.</summary>
    private async Task<AdaptiveCard> VueAsync(
        Textes t, Convention convention, MembreId membre, CancellationToken cancellationToken, string? message = null, bool erreur = false, string? partie = null, string? fonction = null)
    {
        var designation = convention.Designations.FirstOrDefault(d => d.Signataire == membre && (partie is null || (d.Partie == partie && d.Fonction == fonction)))
            ?? convention.Designations.FirstOrDefault(d => d.Signataire == membre);
        if (designation is null && convention.EstReferent(membre) && convention.Redacteurs.All(r => r.Membre != membre))
        {
            return BeneficiairesCard.PourLeReferent(t, convention, membre, message, erreur);
        }

        if (designation is not null && convention.AvenantEnCours is { EstNominatif: false } avenant && convention.SignatairesDeLAvenant().FirstOrDefault(d => d.Signataire == membre) is { } pourLAvenant)
        {
            return AvenantCard.ASigner(t, convention, avenant, pourLAvenant, DocumentDeLAvenant(convention, avenant), message, erreur);
        }

        return designation is not null
            ? ConventionCard.ASigner(t, convention, designation, Document(convention), Bruxelles.Jour(timeProvider.GetUtcNow()), message, erreur)
            : await DesignationAsync(t, convention, null, message, erreur, cancellationToken);
    }

    private async Task<AdaptiveCard> DesignationAsync(Textes t, Convention convention, IReadOnlyDictionary<string, string>? tapees, string? message, bool erreur, CancellationToken cancellationToken)
    {
        var suggestions = convention.Dossier is { } dossier && await dossiers.ChargerAsync(dossier, cancellationToken) is { } lu && catalogue.Formulaires.GetValueOrDefault(lu.Type) is { } formulaire
            ? ConventionDuDossier.NomsDesSignataires(convention, lu, formulaire)
            : await redaction.NomsDesSignatairesAsync(convention, cancellationToken);
        var classes = await classements.DeLaConventionAsync(convention.Id, cancellationToken);
        return ConventionCard.Designation(
            t, convention, Document(convention), suggestions, Bruxelles.Jour(timeProvider.GetUtcNow()), tapees, message, erreur, attestations.Variante(convention),
            [.. classes.Values], TeamsConventions.Application.Classement.ClasserLesConventionsSignees.EnAttente(convention, classes));
    }

    private Uri Document(Convention convention) =>
        new(documents.Adresse(convention.Id, convention.EmpreinteEnVigueur, timeProvider.GetUtcNow().AddDays(SuitesDesConventions.DureeDuLienEnJours)));
}
