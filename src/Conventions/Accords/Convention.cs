using Conventions.Audit;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>
/// A convention from drafting to its end. It comes into force when every authorised signatory of every party has
/// signed the same document version (R23); it is changed only by an amendment all parties sign (R19); it ends by
/// the notice its kind allows (R15, R20, R25, R32) or at its term. One signed copy per party (R34).
/// </summary>
public sealed class Convention : Agregat
{
    private readonly List<Partie> _parties;
    private readonly List<FicheAction> _fichesActions;
    private readonly List<Signature> _signatures = [];
    private readonly List<Avenant> _avenants = [];
    private readonly List<Evaluation> _evaluations = [];
    private readonly List<Designation> _designations = [];
    private readonly SortedDictionary<string, string> _clauses = new(StringComparer.Ordinal);
    private readonly List<Redacteur> _redacteurs = [];
    private readonly List<ReferentDansTeams> _referents = [];
    private readonly List<Attestation> _attestations = [];

    private Convention(ConventionId id, TypeDeConvention type, List<Partie> parties, ParametresDeDuree parametres, string empreinte, string? bassin, List<FicheAction> fiches, DossierId? dossier)
    {
        Id = id;
        Type = type;
        _parties = parties;
        Parametres = parametres;
        EmpreinteInitiale = empreinte;
        EmpreinteEnVigueur = empreinte;
        Bassin = bassin;
        _fichesActions = fiches;
        Dossier = dossier;
    }

    public ConventionId Id { get; }

    public TypeDeConvention Type { get; }

    public IReadOnlyList<Partie> Parties => _parties;

    public ParametresDeDuree Parametres { get; private set; }

    public string? Bassin { get; }

    public DossierId? Dossier { get; }

    public IReadOnlyList<FicheAction> FichesActions => _fichesActions;

    /// <summary>What its form states besides parties, period and fiches (a draft started in chat): by field, as typed.</summary>
    public IReadOnlyDictionary<string, string> Clauses => _clauses;

    /// <summary>Who drafted it in chat and runs its signature round; none for a convention drawn up from a dossier (its committee's secretariat does).</summary>
    public IReadOnlyList<Redacteur> Redacteurs => _redacteurs;

    /// <summary>Each party's referent as a person in Teams, where the kind has nominative amendments (R26).</summary>
    public IReadOnlyList<ReferentDansTeams> Referents => _referents;

    /// <summary>R31: the competence certificates it delivered or is delivering.</summary>
    public IReadOnlyList<Attestation> Attestations => _attestations;

    public int Version { get; private set; } = 1;

    public string EmpreinteInitiale { get; }

    public string EmpreinteEnVigueur { get; private set; }

    public IReadOnlyList<Signature> Signatures => _signatures;

    public DateOnly? DateDeSignature { get; private set; }

    public IReadOnlyList<Avenant> Avenants => _avenants;

    public IReadOnlyList<Evaluation> Evaluations => _evaluations;

    public Preavis? Preavis { get; private set; }

    /// <summary>R23: who signs for each party in each function, as the secretariat designated them.</summary>
    public IReadOnlyList<Designation> Designations => _designations;

    /// <summary>When the signatories were last designated: the round's start, from which reminders count.</summary>
    public DateTimeOffset? DesignesLe { get; private set; }

    /// <summary>A signatory's refusal of the version to sign: no one signs it any more; a new version restarts the round.</summary>
    public Refus? Refus { get; private set; }

    /// <summary>R34: one signed copy per party.</summary>
    public int Exemplaires => _parties.Count;

    public CalendrierDeConvention? Calendrier => DateDeSignature is { } signature ? new CalendrierDeConvention(Type, signature, Parametres) : null;

    public static Convention Rediger(
        ConventionId id,
        TypeDeConvention type,
        IEnumerable<Partie> parties,
        ParametresDeDuree parametres,
        string empreinte,
        MembreId par,
        DateTimeOffset maintenant,
        string? bassin = null,
        IEnumerable<FicheAction>? fichesActions = null,
        DossierDeProposition? dossier = null,
        IReadOnlyDictionary<string, string>? clauses = null,
        IEnumerable<Redacteur>? redacteurs = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (dossier is not null && (dossier.Etat != EtatDuDossier.Approuve || dossier.Type != type.Code))
        {
            throw new RegleMetierException(CodesErreur.DossierNonApprouve, dossier.Etat);
        }

        var liste = parties.ToList();
        VerifierParties(type, liste);
        var fiches = (fichesActions ?? []).ToList();
        var themes = type.ThemesDesFichesActions;
        if (fiches.FirstOrDefault(f => !themes.Contains(f.Theme)) is { } horsTheme)
        {
            throw new RegleMetierException(CodesErreur.ThemeInconnu, horsTheme.Theme, string.Join(", ", themes));
        }

        _ = new CalendrierDeConvention(type, Bruxelles.Jour(maintenant), parametres);
        var convention = new Convention(id, type, liste, parametres, Texte.Borne("empreinte", empreinte, 128), bassin, fiches, dossier?.Id);
        foreach (var (champ, valeur) in clauses ?? new Dictionary<string, string>())
        {
            convention._clauses[champ] = valeur;
        }

        convention._redacteurs.AddRange((redacteurs ?? []).DistinctBy(r => r.Membre));
        convention.Journaliser(par, maintenant, ActionAuditee.ConventionRedigee, id.ToString(), type.Code, convention.EmpreinteEnVigueur);
        return convention;
    }

    /// <summary>
    /// The hash of what the parties sign: the kind, every party (name, company number, referent), the term's
    /// parameters and the fiches-actions, in a fixed order. The document shows it; the same data gives the same hash.
    /// </summary>
    public static string EmpreinteDuContenu(TypeDeConvention type, IEnumerable<Partie> parties, ParametresDeDuree parametres, IEnumerable<FicheAction> fiches, IReadOnlyDictionary<string, string>? clauses = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(parametres);
        ArgumentNullException.ThrowIfNull(fiches);
        var contenu = new System.Text.StringBuilder(type.Code).Append('\u001D');
        foreach (var p in parties)
        {
            contenu.Append(System.Globalization.CultureInfo.InvariantCulture, $"{p.Role}\u001F{p.Nom}\u001F{p.Bce}\u001F{p.Referent?.Nom}\u001F{p.Referent?.Mail.Valeur}\u001F{p.Referent?.Telephone.Valeur}\u001E");
        }

        contenu.Append(System.Globalization.CultureInfo.InvariantCulture, $"\u001D{parametres.AnneesDuCycle}\u001F{parametres.PeriodeProposee?.Debut:yyyy-MM-dd}\u001F{parametres.PeriodeProposee?.Fin:yyyy-MM-dd}\u001F{parametres.PreavisEnMois}\u001D");
        foreach (var f in fiches)
        {
            contenu.Append(System.Globalization.CultureInfo.InvariantCulture, $"{f.Theme}\u001F{f.Intitule}\u001F{f.Quoi}\u001F{f.PourQuoi}\u001F{f.Quand}\u001F{f.Comment}\u001F{f.Ou}\u001F{f.PourEtAvecQui}\u001E");
        }

        if (clauses is { Count: > 0 })
        {
            contenu.Append('\u001D');
            foreach (var (champ, valeur) in clauses.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                contenu.Append(champ).Append('\u001F').Append(valeur).Append('\u001E');
            }
        }

        return "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contenu.ToString())));
    }

    /// <summary>Rebuilds a stored convention as it was saved; nothing is journalised again.</summary>
    public static Convention Restaurer(ConventionEnregistree e, TypeDeConvention type)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(type);
        var convention = new Convention(e.Id, type, [.. e.Parties], e.Parametres, e.EmpreinteInitiale, e.Bassin, [.. e.FichesActions], e.Dossier)
        {
            Version = e.Version,
            EmpreinteEnVigueur = e.EmpreinteEnVigueur,
            DateDeSignature = e.DateDeSignature,
            Preavis = e.Preavis,
            Refus = e.Refus,
            DesignesLe = e.DesignesLe,
        };
        convention._designations.AddRange(e.Designations ?? []);
        convention._redacteurs.AddRange(e.Redacteurs ?? []);
        convention._referents.AddRange(e.Referents ?? []);
        convention._attestations.AddRange(e.Attestations ?? []);
        foreach (var (champ, valeur) in e.Clauses ?? new Dictionary<string, string>())
        {
            convention._clauses[champ] = valeur;
        }

        convention._signatures.AddRange(e.Signatures);
        foreach (var a in e.Avenants.OrderBy(a => a.Version))
        {
            var avenant = new Avenant(a.Version, a.Objet, a.Empreinte, a.Beneficiaire, a.Texte ?? string.Empty);
            foreach (var signature in a.Signatures)
            {
                avenant.AjouterSignature(signature);
            }

            if (a.EnVigueur)
            {
                avenant.MettreEnVigueur();
            }

            if (a.EffaceLe is { } efface)
            {
                avenant.Effacer(efface);
            }

            convention._avenants.Add(avenant);
        }

        foreach (var ev in e.Evaluations)
        {
            var evaluation = new Evaluation(ev.Reference, ev.Due, ev.DemandeePar);
            if (ev.EmpreinteDuCompteRendu is { } empreinte)
            {
                evaluation.DeposerCompteRendu(empreinte);
                foreach (var partie in ev.ValideePar)
                {
                    evaluation.Valider(partie);
                }
            }

            convention._evaluations.Add(evaluation);
        }

        return convention;
    }

    public ConventionEnregistree Enregistrement() => new(
        Id,
        Type.Code,
        _parties,
        Parametres,
        Bassin,
        Dossier,
        _fichesActions,
        Version,
        EmpreinteInitiale,
        EmpreinteEnVigueur,
        _signatures,
        DateDeSignature,
        [.. _avenants.Select(a => new AvenantEnregistre(a.Version, a.Objet, a.Empreinte, a.Beneficiaire, [.. a.Signatures], a.EnVigueur, a.Texte.Length == 0 ? null : a.Texte, a.EffaceLe))],
        [.. _evaluations.Select(ev => new EvaluationEnregistree(ev.Reference, ev.Due, ev.DemandeePar, ev.EmpreinteDuCompteRendu, [.. ev.ValideePar.Order(StringComparer.Ordinal)]))],
        Preavis,
        _designations,
        Refus,
        DesignesLe,
        _clauses.Count == 0 ? null : new SortedDictionary<string, string>(_clauses, StringComparer.Ordinal),
        _redacteurs.Count == 0 ? null : [.. _redacteurs],
        _referents.Count == 0 ? null : [.. _referents],
        _attestations.Count == 0 ? null : [.. _attestations]);

    public EtatDeConvention Etat(DateOnly jour) =>
        DateDeSignature is null ? EtatDeConvention.EnSignature
        : FinDeLaConvention(jour) is { } fin && fin < jour ? EtatDeConvention.Terminee
        : EtatDeConvention.EnVigueur;

    /// <summary>What is next due for this convention (for the due-date index), notice included; nothing once it has ended.</summary>
    public IReadOnlyList<Echeance> ProchainesEcheances(DateOnly aujourdhui)
    {
        if (Calendrier is not { } calendrier || Etat(aujourdhui) == EtatDeConvention.Terminee)
        {
            return [];
        }

        var echeances = calendrier.ProchainesEcheances(aujourdhui).Where(e => Preavis is null || e.Jour <= Preavis.Fin).ToList();
        if (Preavis is { } preavis)
        {
            echeances.Add(new Echeance(preavis.Fin, NatureDEcheance.FinApresPreavis));
        }

        return echeances;
    }

    /// <summary>
    /// Whom the round waits for now: every designated signatory still to sign, or — where the kind has them sign one
    /// after the other — the next one only. Nobody once a signatory declined.
    /// </summary>
    public IReadOnlyList<Designation> SignatairesAttendus()
    {
        if (DateDeSignature is not null || Refus is not null)
        {
            return [];
        }

        var attendus = SignaturesManquantes().Select(m => _designations.FirstOrDefault(d => d.Partie == m.Partie && d.Fonction == m.Fonction)).OfType<Designation>().ToList();
        return Type.SignatureSequentielle ? [.. attendus.Take(1)] : attendus;
    }

    /// <summary>
    /// The reminders due to the signatories the round waits for: for each, the longest of <paramref name="delaisEnJours"/>
    /// passed since their turn came (the designation, or — one after the other — the previous signature); a delay
    /// passed long ago is not sent late once a longer one is reached.
    /// </summary>
    public IReadOnlyList<(Designation Signataire, int Delai)> RappelsDeSignature(DateTimeOffset maintenant, IReadOnlyList<int> delaisEnJours)
    {
        ArgumentNullException.ThrowIfNull(delaisEnJours);
        if (DesignesLe is not { } designes)
        {
            return [];
        }

        var debut = Type.SignatureSequentielle && _signatures.Count > 0 ? new[] { designes, _signatures.Max(s => s.Le) }.Max() : designes;
        return [.. SignatairesAttendus()
            .Select(d => (Signataire: d, Delai: delaisEnJours.Where(j => debut.AddDays(j) <= maintenant).DefaultIfEmpty(0).Max()))
            .Where(r => r.Delai > 0)];
    }

    /// <summary>The signatures still missing on the current document: party and function.</summary>
    public IReadOnlyList<(string Partie, string Fonction)> SignaturesManquantes() => Manquantes(_signatures);

    /// <summary>Every signature the kind requires of this convention's parties, in the kind's order: party and function.</summary>
    public IReadOnlyList<(string Partie, string Fonction)> SignaturesRequises() => Manquantes([]);

    /// <summary>
    /// R23: the secretariat designates who signs for each party in each function — every required signature, each by
    /// a different person within a party (a CPAS's President and Directeur général are two people). A signature
    /// already given stays; designating again changes only those still to sign.
    /// </summary>
    public void DesignerSignataires(IReadOnlyList<Designation> designations, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(designations);
        if (DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        foreach (var designation in designations)
        {
            var role = ExigerPartie(designation.Partie).Role;
            if (Type.Partie(role).Signataires.All(s => s.Fonction != designation.Fonction))
            {
                throw new RegleMetierException(CodesErreur.SignataireNonAutorise, designation.Fonction, designation.Partie, string.Join(", ", Type.Partie(role).Signataires.Select(s => s.Fonction)));
            }
        }

        var requises = SignaturesRequises();
        var nouvelles = requises.Select(r => _signatures.FirstOrDefault(s => s.Partie == r.Partie && s.Fonction == r.Fonction) is { } faite
                ? _designations.FirstOrDefault(d => d.Partie == r.Partie && d.Fonction == r.Fonction) ?? new Designation(r.Partie, r.Fonction, faite.Signataire, string.Empty)
                : designations.LastOrDefault(d => d.Partie == r.Partie && d.Fonction == r.Fonction))
            .ToList();
        if (nouvelles.IndexOf(null) is var manquante and >= 0)
        {
            throw new RegleMetierException(CodesErreur.SignatairesIncomplets, requises[manquante].Partie, Requis(requises[manquante].Partie, requises[manquante].Fonction));
        }

        var retenues = nouvelles.OfType<Designation>().Select(d => d with { Nom = Texte.Borne("nom", d.Nom.Length == 0 ? "?" : d.Nom, 200) }).ToList();
        if (retenues.GroupBy(d => (d.Partie, d.Signataire)).FirstOrDefault(g => g.Count() > 1) is { } deuxFois)
        {
            throw new RegleMetierException(CodesErreur.SignataireEnDouble, deuxFois.First().Nom, deuxFois.Key.Partie);
        }

        _designations.Clear();
        _designations.AddRange(retenues);
        DesignesLe = maintenant.ToUniversalTime();
        Journaliser(par, maintenant, ActionAuditee.ConventionSignatairesDesignes, Id.ToString(), string.Join(" ; ", retenues.Select(d => $"{d.Partie} — {d.Fonction} : {d.Nom}")), EmpreinteEnVigueur);
    }

    /// <summary>The designated signatory declines to sign this version, with the reason: the round stops until the document changes.</summary>
    public void Refuser(string partie, string fonction, MembreId signataire, string empreinte, string motif, DateTimeOffset maintenant)
    {
        if (DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        ExigerLeDesigne(partie, fonction, signataire);
        if (empreinte != EmpreinteEnVigueur)
        {
            throw new RegleMetierException(CodesErreur.VersionDifferente);
        }

        ExigerSansRefus();
        Refus = new Refus(partie, fonction, signataire, Texte.Borne("motif", motif, 2000), maintenant.ToUniversalTime(), empreinte);
        Journaliser(signataire, maintenant, ActionAuditee.ConventionSignatureRefusee, Id.ToString(), $"{partie} — {fonction} : {Refus.Motif}", empreinte);
    }

    /// <summary>
    /// The secretariat corrects the convention before it is in force (after a refusal, say): its parties, their
    /// referents and company numbers, its term's parameters, checked as when it was drawn up. A changed content is a
    /// new version: every signature is void, the round restarts, the designations of a party that is gone are dropped.
    /// Returns the signatures voided, so that their signatories are told.
    /// </summary>
    public IReadOnlyList<Signature> Corriger(IEnumerable<Partie> parties, ParametresDeDuree parametres, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(parametres);
        if (DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        var liste = parties.ToList();
        VerifierParties(Type, liste);
        _ = new CalendrierDeConvention(Type, Bruxelles.Jour(maintenant), parametres);
        var empreinte = EmpreinteDuContenu(Type, liste, parametres, _fichesActions, _clauses);
        if (empreinte == EmpreinteEnVigueur)
        {
            return [];
        }

        _parties.Clear();
        _parties.AddRange(liste);
        Parametres = parametres;
        _designations.RemoveAll(d => liste.All(p => p.Nom != d.Partie));
        return RemplacerLeDocument(empreinte, par, maintenant);
    }

    /// <summary>
    /// A new version of the document to sign (corrected after a refusal, say): every signature given on the former
    /// version is void and the round restarts. Returns the signatures voided, so that their signatories are told.
    /// </summary>
    public IReadOnlyList<Signature> RemplacerLeDocument(string empreinte, MembreId par, DateTimeOffset maintenant)
    {
        if (DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        var nouvelle = Texte.Borne("empreinte", empreinte, 128);
        if (nouvelle == EmpreinteEnVigueur)
        {
            return [];
        }

        var annulees = _signatures.ToList();
        _signatures.Clear();
        Refus = null;
        EmpreinteEnVigueur = nouvelle;
        Journaliser(par, maintenant, ActionAuditee.ConventionDocumentRemplace, Id.ToString(), $"signatures annulées : {annulees.Count}", nouvelle);
        return annulees;
    }

    /// <summary>R23: an authorised function of that party signs the current version; Forem-style electronic signature records the place.</summary>
    /// <summary>
    /// R23 outside Teams: whoever runs the round sends a designated signatory whose signature is awaited — on the
    /// convention, or on the amendment under signature <paramref name="avenant"/> (R19) — a link to the bot's signing
    /// page at <paramref name="adresse"/>, where a one-time code sent there opens it. Returns whom it is for and the
    /// version's hash it signs.
    /// </summary>
    public (Designation Designation, string Empreinte) EnvoyerLienDeSignature(string partie, string fonction, AdresseMail adresse, MembreId par, DateTimeOffset maintenant, int? avenant = null)
    {
        var aSigner = avenant is { } version
            ? _avenants.FirstOrDefault(a => a.Version == version && !a.EnVigueur && !a.EstNominatif) ?? throw new RegleMetierException(CodesErreur.AvenantInconnu, version)
            : null;
        if (aSigner is null && DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        if (aSigner is null)
        {
            ExigerSansRefus();
        }

        var designation = _designations.FirstOrDefault(d => d.Partie == partie && d.Fonction == fonction)
            ?? throw new RegleMetierException(CodesErreur.SignataireNonDesigne, partie, Requis(partie, fonction));
        if ((aSigner?.Signatures ?? _signatures).Any(s => s.Partie == partie && s.Fonction == fonction))
        {
            throw new RegleMetierException(CodesErreur.DejaSigne, partie, Requis(partie, fonction));
        }

        var empreinte = aSigner?.Empreinte ?? EmpreinteEnVigueur;
        Journaliser(par, maintenant, ActionAuditee.LienDeSignatureEnvoye, Id.ToString(), $"{(aSigner is null ? string.Empty : $"avenant {aSigner.Version} — ")}{partie} — {fonction} → {adresse}", empreinte);
        return (designation, empreinte);
    }

    /// <param name="parCourriel">Signed on the bot's page: the address the one-time code was sent to, recorded with the signature.</param>
    public void Signer(string partie, string fonction, MembreId signataire, string empreinte, string? lieu, DateTimeOffset maintenant, AdresseMail? parCourriel = null)
    {
        if (DateDeSignature is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaEnVigueur);
        }

        ExigerLeDesigne(partie, fonction, signataire);
        var signature = Verifier(partie, fonction, signataire, empreinte, EmpreinteEnVigueur, lieu, maintenant, _signatures) with { Courriel = parCourriel?.Valeur };
        ExigerSansRefus();
        if (Type.SignatureSequentielle && SignaturesManquantes() is [var avant, ..] && (avant.Partie, avant.Fonction) != (partie, fonction))
        {
            throw new RegleMetierException(CodesErreur.SignatureAvantSonTour, avant.Partie, Requis(avant.Partie, avant.Fonction));
        }
        _signatures.Add(signature);
        Journaliser(signataire, maintenant, ActionAuditee.ConventionSignee, Id.ToString(), $"{partie} — {fonction}{(lieu is null ? string.Empty : " à " + lieu)}{(parCourriel is { } adresse ? " — code envoyé à " + adresse : string.Empty)}", empreinte);
        if (Manquantes(_signatures).Count == 0)
        {
            DateDeSignature = Bruxelles.Jour(maintenant);
            Journaliser(signataire, maintenant, ActionAuditee.ConventionEnVigueur, Id.ToString(), $"signée le {DateDeSignature:yyyy-MM-dd}, {Exemplaires} exemplaires", empreinte);
        }
    }

    /// <summary>R19: a change is proposed as the next version, with what it changes; it applies once every party has signed it.</summary>
    public Avenant ProposerAvenant(string objet, string empreinte, MembreId par, DateTimeOffset maintenant, string? texte = null) =>
        AjouterAvenant(objet, empreinte, null, par, maintenant, texte);

    /// <summary>
    /// R19: the amendment drawn up from its subject and text, numbered as the next version, its hash computed from
    /// the version in force it amends (<see cref="Avenant.EmpreinteDuContenu"/>); the same signatories sign it.
    /// </summary>
    public Avenant RedigerAvenant(string objet, string texte, MembreId par, DateTimeOffset maintenant)
    {
        var sujet = Texte.Borne("objet", objet, 500);
        var modifications = Texte.Borne("texte", texte, 8000);
        return AjouterAvenant(sujet, Avenant.EmpreinteDuContenu(Id, EmpreinteEnVigueur, Version + 1, sujet, modifications), null, par, maintenant, modifications);
    }

    /// <summary>The amendment under signature, if any: the convention in force stays as it is until it is signed.</summary>
    public Avenant? AvenantEnCours => _avenants.FirstOrDefault(a => !a.EnVigueur);

    /// <summary>Whom the amendment under signature waits for: the convention's designated signatories who have not signed it.</summary>
    public IReadOnlyList<Designation> SignatairesDeLAvenant() => AvenantEnCours is { } avenant
        ? [.. Manquantes(avenant.Signatures).Select(m => _designations.FirstOrDefault(d => d.Partie == m.Partie && d.Fonction == m.Fonction)).OfType<Designation>()]
        : [];

    /// <summary>
    /// R26: whoever runs the round names each party's referent in Teams (R21): they alone add, confirm, see and
    /// erase its beneficiaries. One per party; naming again replaces.
    /// </summary>
    public void DesignerReferents(IReadOnlyList<ReferentDansTeams> referents, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(referents);
        if (!Type.AvenantsNominatifs)
        {
            throw new RegleMetierException(CodesErreur.AvenantNominatifNonPrevu, Type.Intitule);
        }

        foreach (var referent in referents)
        {
            ExigerPartie(referent.Partie);
        }

        var retenus = referents.GroupBy(r => r.Partie).Select(g => g.Last() with { Nom = Texte.Borne("nom", g.Last().Nom, 200) }).ToList();
        _referents.RemoveAll(r => retenus.Any(n => n.Partie == r.Partie));
        _referents.AddRange(retenus);
        Journaliser(par, maintenant, ActionAuditee.ConventionReferentsDesignes, Id.ToString(), string.Join(" ; ", _referents.Select(r => $"{r.Partie} : {r.Nom}")), EmpreinteEnVigueur);
    }

    public bool EstReferent(MembreId membre) => _referents.Any(r => r.Membre == membre);

    /// <summary>
    /// R26 and R24: a party's referent adds a beneficiary by a nominative amendment — the minimal data only, and
    /// their consent, recorded with who took it and how. Each party's referent confirms it; until then it is not in
    /// force (the referent adding it confirms for their party). The beneficiary's data is kept in the amendment only: never in its subject, nor in the audit trail.
    /// </summary>
    public Avenant AjouterBeneficiaire(string nom, string parcours, DateOnly entree, Consentement? consentement, MembreId par, DateTimeOffset maintenant)
    {
        if (!Type.AvenantsNominatifs)
        {
            throw new RegleMetierException(CodesErreur.AvenantNominatifNonPrevu, Type.Intitule);
        }

        ExigerReferent(par);
        if (consentement is null)
        {
            throw new RegleMetierException(CodesErreur.ConsentementRequis);
        }

        var beneficiaire = new BeneficiaireNominatif(
            Texte.Borne("nom", nom, 120), Texte.Borne("parcours", parcours, 200), entree,
            consentement with { Forme = Texte.Borne("forme", consentement.Forme, 120, obligatoire: false) is { Length: > 0 } forme ? forme : null });
        var empreinte = Avenant.EmpreinteDuContenu(Id, EmpreinteEnVigueur, Version + 1, "nominatif", $"{beneficiaire.Nom}\u001F{beneficiaire.Parcours}\u001F{beneficiaire.Entree:yyyy-MM-dd}\u001F{beneficiaire.Consentement.Le:yyyy-MM-dd}");
        var avenant = AjouterAvenant("Avenant nominatif", empreinte, beneficiaire, par, maintenant);

        // The referent who adds the beneficiary confirms for their own party.
        ConfirmerBeneficiaire(avenant, _referents.First(r => r.Membre == par).Partie, par, empreinte, maintenant);
        return avenant;
    }

    /// <summary>R26 and the GDPR: at the beneficiary's request, a referent erases their data; the amendment stays, numbered, without it.</summary>
    public void EffacerBeneficiaire(int version, MembreId par, DateTimeOffset maintenant)
    {
        ExigerReferent(par);
        var avenant = _avenants.FirstOrDefault(a => a.Version == version && a.EstNominatif && a.EffaceLe is null) ?? throw new RegleMetierException(CodesErreur.AvenantInconnu, version);
        avenant.Effacer(Bruxelles.Jour(maintenant));
        Journaliser(par, maintenant, ActionAuditee.BeneficiaireEfface, Id.ToString(), $"avenant {version}", avenant.Empreinte);
    }

    /// <param name="parCourriel">Signed on the bot's page: the address the one-time code was sent to, recorded with the signature.</param>
    public void SignerAvenant(int version, string partie, string fonction, MembreId signataire, string empreinte, string? lieu, DateTimeOffset maintenant, AdresseMail? parCourriel = null)
    {
        var avenant = _avenants.FirstOrDefault(a => a.Version == version && !a.EnVigueur) ?? throw new RegleMetierException(CodesErreur.AvenantInconnu, version);
        if (avenant.EstNominatif)
        {
            // R26: each party's referent confirms the beneficiary's joining.
            ConfirmerBeneficiaire(avenant, partie, signataire, empreinte, maintenant);
            return;
        }

        ExigerLeDesigne(partie, fonction, signataire);
        avenant.AjouterSignature(Verifier(partie, fonction, signataire, empreinte, avenant.Empreinte, lieu, maintenant, avenant.Signatures) with { Courriel = parCourriel?.Valeur });
        Journaliser(signataire, maintenant, ActionAuditee.AvenantSigne, Id.ToString(), $"avenant {version} — {partie} — {fonction}{(parCourriel is { } adresse ? " — code envoyé à " + adresse : string.Empty)}", empreinte);
        if (Manquantes(avenant.Signatures).Count == 0)
        {
            avenant.MettreEnVigueur();
            Version = avenant.Version;
            EmpreinteEnVigueur = avenant.Empreinte;
            Journaliser(signataire, maintenant, ActionAuditee.AvenantEnVigueur, Id.ToString(), $"version {Version}", avenant.Empreinte);
        }
    }

    /// <summary>
    /// R31: a certificate for a learner, in the kind's variant, co-signed by <paramref name="autorite"/> (one of the
    /// variant's authorities, not a party) and every party in the roles the variant also requires, by their designated
    /// signatory. The learner's name stays in the certificate, never in the audit trail.
    /// </summary>
    public Attestation EtablirAttestation(string variante, string apprenant, string competences, Cosignataire autorite, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(autorite);
        if (DateDeSignature is null)
        {
            throw new RegleMetierException(CodesErreur.PasEncoreEnVigueur);
        }

        var regle = Type.Attestations?.GetValueOrDefault(variante) ?? throw new RegleMetierException(CodesErreur.VarianteInconnue, variante, Type.Intitule);
        var parties = _parties.Where(p => regle.Et.Contains(p.Role)).Select(p => _designations.FirstOrDefault(d => d.Partie == p.Nom) is { } d
            ? new Cosignataire(p.Role, p.Nom, d.Signataire, d.Nom)
            : throw new RegleMetierException(CodesErreur.SignataireNonDesigne, p.Nom, p.Role)).ToList();
        AttestationDeCompetences.Verifier(Type, variante, [autorite.Role, .. parties.Select(c => c.Role)]);
        var proposant = regle.SurPropositionDe is { } fonction ? _designations.FirstOrDefault(d => d.Fonction == fonction)?.Nom ?? fonction : null;
        var attestation = new Attestation(
            _attestations.Count + 1, variante, Texte.Borne("apprenant", apprenant, 120), Texte.Borne("competences", competences, 2000),
            [autorite with { Partie = null, Nom = Texte.Borne("nom", autorite.Nom, 200), Le = null }, .. parties], proposant);
        _attestations.Add(attestation);
        Journaliser(par, maintenant, ActionAuditee.AttestationEtablie, Id.ToString(), $"attestation {attestation.Numero} ({variante})", EmpreinteEnVigueur);
        return attestation;
    }

    /// <summary>R31: a co-signatory signs the certificate in their role; the last one delivers it.</summary>
    public Attestation CosignerAttestation(int numero, string role, MembreId par, DateTimeOffset maintenant)
    {
        var index = _attestations.FindIndex(a => a.Numero == numero);
        var attestation = index >= 0 ? _attestations[index] : throw new RegleMetierException(CodesErreur.AttestationInconnue, numero);
        var rang = attestation.Cosignataires.ToList().FindIndex(c => c.Role == role && c.Membre == par && c.Le is null);
        if (rang < 0)
        {
            throw new RegleMetierException(CodesErreur.PasCosignataire, string.Join(", ", attestation.Cosignataires.Where(c => c.Le is null).Select(c => c.Nom)));
        }

        var cosignataires = attestation.Cosignataires.ToList();
        cosignataires[rang] = cosignataires[rang] with { Le = maintenant.ToUniversalTime() };
        _attestations[index] = attestation with { Cosignataires = cosignataires };
        Journaliser(par, maintenant, ActionAuditee.AttestationCosignee, Id.ToString(), $"attestation {numero} — {role}", EmpreinteEnVigueur);
        return _attestations[index];
    }

    /// <summary>The function a referent confirms a nominative amendment in.</summary>
    public const string FonctionDuReferent = "Referent";

    /// <summary>Whom a nominative amendment waits for: each party's referent who has not confirmed it.</summary>
    public IReadOnlyList<ReferentDansTeams> ReferentsAttendus(Avenant avenant) =>
        avenant is { EstNominatif: true, EnVigueur: false } ? [.. _referents.Where(r => avenant.Signatures.All(s => s.Partie != r.Partie))] : [];

    private void ConfirmerBeneficiaire(Avenant avenant, string partie, MembreId referent, string empreinte, DateTimeOffset maintenant)
    {
        if (_referents.FirstOrDefault(r => r.Partie == partie) is not { } designe || designe.Membre != referent)
        {
            throw new RegleMetierException(CodesErreur.ReserveAuxReferents, string.Join(", ", _referents.Select(r => r.Nom)));
        }

        if (empreinte != avenant.Empreinte)
        {
            throw new RegleMetierException(CodesErreur.VersionDifferente);
        }

        if (avenant.Signatures.Any(s => s.Partie == partie))
        {
            throw new RegleMetierException(CodesErreur.DejaSigne, partie, FonctionDuReferent);
        }

        avenant.AjouterSignature(new Signature(partie, FonctionDuReferent, referent, maintenant.ToUniversalTime(), empreinte, false, null));
        Journaliser(referent, maintenant, ActionAuditee.AvenantSigne, Id.ToString(), $"avenant {avenant.Version} — {partie} — référent", empreinte);
        if (_parties.All(p => avenant.Signatures.Any(s => s.Partie == p.Nom)))
        {
            avenant.MettreEnVigueur();
            Version = avenant.Version;
            EmpreinteEnVigueur = avenant.Empreinte;
            Journaliser(referent, maintenant, ActionAuditee.AvenantEnVigueur, Id.ToString(), $"avenant nominatif {avenant.Version}", avenant.Empreinte);
        }
    }

    private void ExigerReferent(MembreId membre)
    {
        if (!EstReferent(membre))
        {
            throw new RegleMetierException(CodesErreur.ReserveAuxReferents, _referents.Count == 0 ? "—" : string.Join(", ", _referents.Select(r => r.Nom)));
        }
    }

    /// <summary>A party ends the convention as its kind allows: form, reasons, period (R15, R20, R25, R32).</summary>
    public Preavis DonnerPreavis(string partie, FormeDuPreavis forme, string? motifs, MembreId par, DateTimeOffset maintenant)
    {
        var calendrier = Calendrier ?? throw new RegleMetierException(CodesErreur.PasEncoreEnVigueur);
        ExigerPartie(partie);
        var jour = Bruxelles.Jour(maintenant);
        if (Etat(jour) == EtatDeConvention.Terminee || Preavis is not null)
        {
            throw new RegleMetierException(CodesErreur.DejaTerminee);
        }

        if (Type.Preavis.Forme == FormeDuPreavis.LettreRecommandee && forme != FormeDuPreavis.LettreRecommandee)
        {
            throw new RegleMetierException(CodesErreur.LettreRecommandeeRequise, calendrier.PreavisEnMois);
        }

        var raisons = Texte.Borne("motifs", motifs, 4000, obligatoire: Type.Preavis.MotifsRequis);
        Preavis = new Preavis(partie, jour, forme, raisons.Length == 0 ? null : raisons, calendrier.FinApresPreavis(jour));
        Journaliser(par, maintenant, ActionAuditee.PreavisDonne, Id.ToString(), $"{partie} : fin le {Preavis.Fin:yyyy-MM-dd}", EmpreinteEnVigueur);
        return Preavis;
    }

    /// <summary>R16: a party asks for an evaluation outside the anniversary.</summary>
    public Evaluation DemanderEvaluation(string partie, MembreId par, DateTimeOffset maintenant)
    {
        if (!Type.Evaluation.SurDemande)
        {
            throw new RegleMetierException(CodesErreur.EvaluationSurDemandeNonPrevue, Type.Intitule);
        }

        ExigerPartie(partie);
        var jour = Bruxelles.Jour(maintenant);
        var evaluation = new Evaluation($"demande-{jour:yyyyMMdd}-{_evaluations.Count + 1}", jour.AddMonths(1), partie);
        _evaluations.Add(evaluation);
        Journaliser(par, maintenant, ActionAuditee.EvaluationDemandee, Id.ToString(), $"{partie}, avant le {evaluation.Due:yyyy-MM-dd}", EmpreinteEnVigueur);
        return evaluation;
    }

    /// <summary>The minutes of an evaluation (due on an anniversary, or asked for) are filed; every party must then validate them (R17).</summary>
    public Evaluation DeposerCompteRendu(DateOnly due, string empreinte, MembreId par, DateTimeOffset maintenant)
    {
        var evaluation = _evaluations.FirstOrDefault(e => e.Due == due) ?? AjouterEvaluationAnnuelle(due);
        evaluation.DeposerCompteRendu(Texte.Borne("empreinte", empreinte, 128));
        Journaliser(par, maintenant, ActionAuditee.CompteRenduDepose, Id.ToString(), evaluation.Reference, empreinte);
        return evaluation;
    }

    public bool ValiderCompteRendu(DateOnly due, string partie, MembreId par, DateTimeOffset maintenant)
    {
        ExigerPartie(partie);
        var evaluation = _evaluations.FirstOrDefault(e => e.Due == due && e.EmpreinteDuCompteRendu is not null)
            ?? throw new RegleMetierException(CodesErreur.CompteRenduAbsent, due);
        evaluation.Valider(partie);
        Journaliser(par, maintenant, ActionAuditee.CompteRenduValide, Id.ToString(), $"{evaluation.Reference} — {partie}", evaluation.EmpreinteDuCompteRendu);
        return EstValide(evaluation);
    }

    public bool EstValide(Evaluation evaluation) =>
        evaluation?.EmpreinteDuCompteRendu is not null
        && (!Type.Evaluation.CompteRenduValideParLesParties || _parties.All(p => evaluation.ValideePar.Contains(p.Nom)));

    /// <summary>R27: a party reports an absence or a dysfunction; the other parties are to be told at once.</summary>
    public IReadOnlyList<Partie> SignalerDysfonctionnement(string partie, string description, MembreId par, DateTimeOffset maintenant)
    {
        ExigerPartie(partie);
        Journaliser(par, maintenant, ActionAuditee.DysfonctionnementSignale, Id.ToString(), $"{partie} : {Texte.Borne("description", description, 2000)}", EmpreinteEnVigueur);
        return [.. _parties.Where(p => p.Nom != partie)];
    }

    /// <summary>R33: where the kind says so, a dispute first goes to conciliation in an exceptional steering committee.</summary>
    public RegleDeLitige OuvrirLitige(string partie, string objet, MembreId par, DateTimeOffset maintenant)
    {
        ExigerPartie(partie);
        Journaliser(par, maintenant, ActionAuditee.LitigeOuvert, Id.ToString(), $"{partie} : {Texte.Borne("objet", objet, 2000)} → {Type.Litige}", EmpreinteEnVigueur);
        return Type.Litige;
    }

    /// <summary>R14: a revision request states its reasons and amendments; the others examine it within the kind's delay.</summary>
    public DateOnly DemanderRevision(string partie, string motifs, string amendements, MembreId par, DateTimeOffset maintenant)
    {
        ExigerPartie(partie);
        var raisons = Texte.Borne("motifs", motifs, 4000);
        var propositions = Texte.Borne("amendements", amendements, 8000);
        var examenAvant = Bruxelles.Jour(maintenant).AddMonths(Type.DelaiDExamenDesRevisionsEnMois ?? 1);
        Journaliser(par, maintenant, ActionAuditee.RevisionDemandee, Id.ToString(), $"{partie} : {raisons} | {propositions} | examen avant le {examenAvant:yyyy-MM-dd}", EmpreinteEnVigueur);
        return examenAvant;
    }

    private Avenant AjouterAvenant(string objet, string empreinte, BeneficiaireNominatif? beneficiaire, MembreId par, DateTimeOffset maintenant, string? texte = null)
    {
        if (DateDeSignature is null)
        {
            throw new RegleMetierException(CodesErreur.PasEncoreEnVigueur);
        }

        if (_avenants.Any(a => !a.EnVigueur))
        {
            throw new RegleMetierException(CodesErreur.AvenantEnCours);
        }

        var avenant = new Avenant(Version + 1, Texte.Borne("objet", objet, 500), Texte.Borne("empreinte", empreinte, 128), beneficiaire, Texte.Borne("texte", texte, 8000, obligatoire: false));
        _avenants.Add(avenant);
        Journaliser(par, maintenant, ActionAuditee.AvenantPropose, Id.ToString(), $"avenant {avenant.Version} : {avenant.Objet}", avenant.Empreinte);
        return avenant;
    }

    private Evaluation AjouterEvaluationAnnuelle(DateOnly due)
    {
        if (Calendrier?.EvaluationsDues(due).Contains(due) != true)
        {
            throw new RegleMetierException(CodesErreur.EvaluationInconnue, due);
        }

        var evaluation = new Evaluation($"annuelle-{due:yyyyMMdd}", due, null);
        _evaluations.Add(evaluation);
        return evaluation;
    }

    private DateOnly? FinDeLaConvention(DateOnly jour)
    {
        if (Preavis is { } preavis)
        {
            return preavis.Fin;
        }

        return Type.Reconduction == Reconduction.Aucune && Calendrier?.Terme(0) is { } terme ? terme.Fin : null;
    }

    private Signature Verifier(string partie, string fonction, MembreId signataire, string empreinte, string empreinteAttendue, string? lieu, DateTimeOffset maintenant, IReadOnlyList<Signature> deja)
    {
        var role = ExigerPartie(partie).Role;
        var requis = Type.Partie(role).Signataires.FirstOrDefault(s => s.Fonction == fonction)
            ?? throw new RegleMetierException(CodesErreur.SignataireNonAutorise, fonction, partie, string.Join(", ", Type.Partie(role).Signataires.Select(s => s.Fonction)));
        if (empreinte != empreinteAttendue)
        {
            throw new RegleMetierException(CodesErreur.VersionDifferente);
        }

        if (deja.Any(s => s.Partie == partie && s.Fonction == fonction))
        {
            throw new RegleMetierException(CodesErreur.DejaSigne, partie, requis);
        }

        var endroit = requis.Electronique ? Texte.Borne("lieu", lieu, 120) : lieu;
        return new Signature(partie, fonction, signataire, maintenant.ToUniversalTime(), empreinte, requis.Electronique, endroit);
    }

    /// <summary>In the kind's order of parties and functions: the order signatories follow where they sign one after the other.</summary>
    private List<(string Partie, string Fonction)> Manquantes(IReadOnlyList<Signature> faites) =>
        [.. _parties.OrderBy(p => Type.Parties.ToList().FindIndex(d => d.Role == p.Role)).SelectMany(p => Type.Partie(p.Role).Signataires.Select(s => (p.Nom, s.Fonction)))
            .Where(attendue => !faites.Any(f => f.Partie == attendue.Nom && f.Fonction == attendue.Fonction))];

    /// <summary>Only the person designated for that party and function signs, or declines, for it (R23).</summary>
    private void ExigerLeDesigne(string partie, string fonction, MembreId signataire)
    {
        if (_designations.FirstOrDefault(d => d.Partie == partie && d.Fonction == fonction) is not { } designe || designe.Signataire != signataire)
        {
            throw new RegleMetierException(CodesErreur.SignataireNonDesigne, partie, Requis(partie, fonction));
        }
    }

    /// <summary>The function as the kind defines it (so that messages name it as people read it), or its code if the kind has no such function.</summary>
    private object Requis(string partie, string fonction) =>
        _parties.FirstOrDefault(p => p.Nom == partie) is { } p && Type.Partie(p.Role).Signataires.FirstOrDefault(s => s.Fonction == fonction) is { } requis ? requis : fonction;

    private void ExigerSansRefus()
    {
        if (Refus is { } refus)
        {
            throw new RegleMetierException(CodesErreur.SignatureRefusee, refus.Partie, refus.Motif);
        }
    }

    private Partie ExigerPartie(string nom) =>
        _parties.FirstOrDefault(p => p.Nom == nom) ?? throw new RegleMetierException(CodesErreur.PartieInconnue, nom);

    private static void VerifierParties(TypeDeConvention type, List<Partie> parties)
    {
        foreach (var definition in type.Parties)
        {
            var nombre = parties.Count(p => p.Role == definition.Role);
            if (nombre < definition.Minimum || nombre > definition.Maximum)
            {
                throw new RegleMetierException(CodesErreur.NombreDeParties, definition.Role, definition.Minimum, definition.Maximum, nombre);
            }
        }

        foreach (var partie in parties)
        {
            var definition = type.Parties.FirstOrDefault(d => d.Role == partie.Role) ?? throw new RegleMetierException(CodesErreur.RoleInconnu, partie.Role, type.Intitule);
            Texte.Borne("partie", partie.Nom, 200);
            if (definition.BceRequis && partie.Bce is null)
            {
                throw new RegleMetierException(CodesErreur.BceRequis, partie.Nom);
            }

            if (definition.ReferentRequis && partie.Referent is null)
            {
                throw new RegleMetierException(CodesErreur.ReferentRequis, partie.Nom);
            }
        }

        if (parties.Select(p => p.Nom).Distinct(StringComparer.Ordinal).Count() != parties.Count)
        {
            throw new RegleMetierException(CodesErreur.PartieEnDouble);
        }
    }
}
