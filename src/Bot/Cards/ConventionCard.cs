using Conventions.Accords;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// A convention's signature round: the secretariat's card to designate who signs for each party (and to follow who
/// has signed), the card a signatory signs or declines from, and "mes conventions".
/// </summary>
public static class ConventionCard
{
    /// <summary>So that the card stays within Teams' 28 KB.</summary>
    public const int Affichees = 15;

    /// <summary>
    /// For the secretariat: the convention, its document, and for each required signature the person who signs
    /// (Teams' people picker) and the name to show — suggested from the dossier, or typed before a refused press.
    /// </summary>
    /// <param name="variante">The variant of the competence certificates it delivers (R31), where its kind delivers them.</param>
    /// <param name="classes">Its documents as filed in the library: named, and opened from the card where the library is on the web.</param>
    public static AdaptiveCard Designation(
        Textes textes, Convention convention, Uri document, IReadOnlyDictionary<(string Partie, string Fonction), string> suggestions, DateOnly aujourdhui,
        IReadOnlyDictionary<string, string>? tapees = null, string? message = null, bool erreur = false, string? variante = null, IReadOnlyList<Application.Classement.DocumentClasse>? classes = null,
        bool enAttenteDeClassement = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(suggestions);
        var corps = Entete(textes, convention, aujourdhui, message, erreur);
        var actions = new List<CardAction> { new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document } };
        if (classes is { Count: > 0 })
        {
            corps.Add(CardParts.Discret(textes.Format(CleTexte.ConvClassee, string.Join(", ", classes.Select(c => c.Nom)))));
            actions.AddRange(classes.Where(c => c.Lien.Scheme == Uri.UriSchemeHttps).Take(1).Select(c => new ActionOpenUrl { Title = textes[CleTexte.BoutonCopieClassee], Url = c.Lien }));
        }

        if (enAttenteDeClassement)
        {
            corps.Add(CardParts.Discret(textes[CleTexte.ConvClassementEnAttente]));
            actions.Add(new ActionExecute
            {
                Title = textes[CleTexte.BoutonReessayerClassement], Verb = Verbes.Convention,
                Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Classer },
            });
        }

        if (convention.DateDeSignature is null)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.ConvDesignationIntro]));
            foreach (var ((partie, fonction), rang) in convention.SignaturesRequises().Select((r, i) => (r, i)))
            {
                var designe = convention.Designations.FirstOrDefault(d => d.Partie == partie && d.Fonction == fonction);
                var signee = convention.Signatures.FirstOrDefault(s => s.Partie == partie && s.Fonction == fonction);
                corps.Add(new TextBlock(textes.Format(CleTexte.ConvSignature, partie, Fonction(textes, convention, fonction))) { Weight = TextWeight.Bolder, Separator = true });
                if (signee is not null)
                {
                    corps.Add(CardParts.Discret($"{designe?.Nom} — {textes.Format(CleTexte.ConvSigneLe, signee.Le)}"));
                    continue;
                }

                var choisi = tapees?.GetValueOrDefault(DeplacementsDeLaConvention.ChampSignataire(rang)) ?? (designe is { Courriel: null } ? designe.Signataire.ToString() : null);
                var nom = tapees?.GetValueOrDefault(DeplacementsDeLaConvention.ChampNom(rang)) ?? designe?.Nom ?? suggestions.GetValueOrDefault((partie, fonction));
                corps.Add(new InputChoiceSet(designe is { Courriel: null } ? [new Choice(designe.Nom, designe.Signataire.ToString())] : [])
                {
                    Id = DeplacementsDeLaConvention.ChampSignataire(rang), Label = textes[CleTexte.ConvPersonne], Value = choisi, ChoicesData = DataQuery.Personnes,
                });
                corps.Add(new InputText
                {
                    Id = DeplacementsDeLaConvention.ChampCourrielDuSignataire(rang), Label = textes[CleTexte.ConvCourrielHorsOrganisation],
                    Value = tapees?.GetValueOrDefault(DeplacementsDeLaConvention.ChampCourrielDuSignataire(rang)) ?? designe?.Courriel, MaxLength = 254,
                });
                corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampNom(rang), Label = textes[CleTexte.ConvNomAffiche], Value = nom, MaxLength = 200 });
            }

            actions.Insert(0, new ActionExecute
            {
                Title = textes[CleTexte.BoutonLancerLaSignature], Verb = Verbes.Convention, Style = ActionStyle.Positive,
                Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Designer },
            });
            LienParCourriel(textes, convention, corps, tapees);
            Correction(textes, convention, corps, tapees);
        }

        AvenantCard.Ajouter(corps, textes, convention, tapees);
        BeneficiairesCard.Referents(corps, textes, convention, tapees);
        AttestationCard.Ajouter(corps, textes, convention, variante, tapees);
        SignalementCard.Ajouter(corps, textes, convention, [.. convention.Parties.Select(p => p.Nom)], tapees);
        return CardParts.Carte(corps, actions);
    }

    /// <summary>
    /// R23 outside Teams: for a designated signatory whose signature is awaited and whom Teams cannot reach, a
    /// signing link by e-mail — the signature awaited (by its rank) and the address.
    /// </summary>
    private static void LienParCourriel(Textes textes, Convention convention, List<CardElement> corps, IReadOnlyDictionary<string, string>? tapees)
    {
        var attendues = convention.SignaturesRequises().Select((r, rang) => (r.Partie, r.Fonction, Rang: rang))
            .Where(r => convention.Designations.Any(d => d.Partie == r.Partie && d.Fonction == r.Fonction) && !convention.Signatures.Any(s => s.Partie == r.Partie && s.Fonction == r.Fonction))
            .ToList();
        if (attendues.Count == 0 || convention.Refus is not null)
        {
            return;
        }

        corps.Add(new TextBlock(textes[CleTexte.ConvLienTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        corps.Add(CardParts.Discret(textes[CleTexte.ConvLienIntro]));
        corps.Add(new InputChoiceSet([.. attendues.Select(a => new Choice(
            $"{convention.Designations.First(d => d.Partie == a.Partie && d.Fonction == a.Fonction).Nom} — {a.Partie}, {Fonction(textes, convention, a.Fonction)}",
            a.Rang.ToString(System.Globalization.CultureInfo.InvariantCulture)))])
        {
            Id = DeplacementsDeLaConvention.ChampSignatureParCourriel, Label = textes[CleTexte.ConvLienSignature],
            Value = tapees?.GetValueOrDefault(DeplacementsDeLaConvention.ChampSignatureParCourriel) ?? attendues[0].Rang.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampAdresse, Label = textes[CleTexte.ConvLienAdresse], Value = tapees?.GetValueOrDefault(DeplacementsDeLaConvention.ChampAdresse), MaxLength = 254 });
        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonEnvoyerLien], Verb = Verbes.Convention,
            Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.LienParCourriel },
        }]));
    }

    /// <summary>The secretariat's correction of the convention before it is in force: each party, its referent, the period.</summary>
    private static void Correction(Textes textes, Convention convention, List<CardElement> corps, IReadOnlyDictionary<string, string>? tapees)
    {
        string? Valeur(string id, string? stockee) => tapees?.GetValueOrDefault(id) ?? stockee;
        corps.Add(new TextBlock(textes[CleTexte.ConvCorrectionTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        corps.Add(CardParts.Discret(textes[CleTexte.ConvCorrectionIntro]));
        foreach (var (partie, rang) in convention.Parties.Select((p, i) => (p, i)))
        {
            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampDePartie("nom", rang), Label = textes.Format(CleTexte.ConvPartieNom, rang + 1), Value = Valeur(DeplacementsDeLaConvention.ChampDePartie("nom", rang), partie.Nom), MaxLength = 200, Separator = true });
            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampDePartie("bce", rang), Label = textes[CleTexte.ConvPartieBce], Value = Valeur(DeplacementsDeLaConvention.ChampDePartie("bce", rang), partie.Bce?.ToString()), MaxLength = 20 });
            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampDePartie("referent", rang), Label = textes[CleTexte.ConvReferentNom], Value = Valeur(DeplacementsDeLaConvention.ChampDePartie("referent", rang), partie.Referent?.Nom), MaxLength = 200 });
            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampDePartie("mail", rang), Label = textes[CleTexte.ConvReferentMail], Value = Valeur(DeplacementsDeLaConvention.ChampDePartie("mail", rang), partie.Referent?.Mail.Valeur), MaxLength = 254 });
            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampDePartie("telephone", rang), Label = textes[CleTexte.ConvReferentTelephone], Value = Valeur(DeplacementsDeLaConvention.ChampDePartie("telephone", rang), partie.Referent?.Telephone.Valeur), MaxLength = 30 });
        }

        if (convention.Parametres.PeriodeProposee is { } periode)
        {
            corps.Add(new InputDate { Id = DeplacementsDeLaConvention.ChampDebut, Label = textes[CleTexte.ConvPeriodeDebut], Value = Valeur(DeplacementsDeLaConvention.ChampDebut, Iso(periode.Debut)), Separator = true });
            corps.Add(new InputDate { Id = DeplacementsDeLaConvention.ChampFin, Label = textes[CleTexte.ConvPeriodeFin], Value = Valeur(DeplacementsDeLaConvention.ChampFin, Iso(periode.Fin)) });
        }

        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonEnregistrerCorrection], Verb = Verbes.Convention,
            Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Corriger },
        }]));
    }

    private static string Iso(DateOnly jour) => jour.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>For a designated signatory: what they sign and as whom, the document and its hash, Signer or Refuser (with a reason).</summary>
    public static AdaptiveCard ASigner(Textes textes, Convention convention, Designation designation, Uri document, DateOnly aujourdhui, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(designation);
        var corps = Entete(textes, convention, aujourdhui, message, erreur);
        var signee = convention.Signatures.FirstOrDefault(s => s.Partie == designation.Partie && s.Fonction == designation.Fonction);
        var actions = new List<CardAction> { new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document } };
        corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.ConvASignerIntro, designation.Partie, Fonction(textes, convention, designation.Fonction))));
        if (signee is not null)
        {
            corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.ConvSignee, signee.Le)));
            SignalementCard.Ajouter(corps, textes, convention, [designation.Partie], null);
            return CardParts.Carte(corps, actions);
        }

        if (convention.DateDeSignature is null && convention.Refus is null)
        {
            var electronique = convention.Type.Parties.SelectMany(p => p.Signataires).Any(s => s.Fonction == designation.Fonction && s.Electronique);
            if (electronique)
            {
                corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampLieu, Label = textes[CleTexte.ConvLieu], MaxLength = 120 });
            }

            corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampMotif, Label = textes[CleTexte.ConvMotif], IsMultiline = true, MaxLength = 2000 });
            actions.Insert(0, Bouton(textes[CleTexte.BoutonRefuser], convention, designation, DeplacementsDeLaConvention.Refuser, ActionStyle.Destructive));
            actions.Insert(0, Bouton(textes[CleTexte.BoutonSigner], convention, designation, DeplacementsDeLaConvention.Signer, ActionStyle.Positive));
        }

        return CardParts.Carte(corps, actions);
    }

    /// <summary>The conventions a person has a part in, each with where it stands; those waiting for their signature first.</summary>
    public static AdaptiveCard MesConventions(
        Textes textes, IReadOnlyList<TeamsConventions.Application.Accords.ProjetOuvert> brouillons, IReadOnlyList<Convention> conventions, Conventions.Membres.MembreId membre, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(brouillons);
        ArgumentNullException.ThrowIfNull(conventions);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.MesConventionsTitre]) };
        if (conventions.Count == 0 && brouillons.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.MesConventionsAucune]));
        }

        foreach (var brouillon in brouillons.Take(Affichees))
        {
            var vue = new VueDuProjet(brouillon);
            corps.Add(new TextBlock(brouillon.Type.Intitule) { Weight = TextWeight.Bolder, Separator = true, Wrap = true });
            if (brouillon.Formulaire.DemandeurDans(brouillon.Projet.Champs) is { } intitule)
            {
                corps.Add(CardParts.Discret(intitule));
            }

            corps.Add(CardParts.Discret(textes.Format(CleTexte.MesConventionsBrouillon, brouillon.Projet.PourcentageRempli(brouillon.Formulaire))));
            corps.Add(new ActionSet([new ActionExecute { Title = textes[CleTexte.BoutonOuvrir], Verb = vue.Verbe, Data = vue.Designation with { Aller = Deplacements.Recapitulatif } }]));
        }

        foreach (var (convention, aSigner) in conventions.Select(c => (c, ASignerPar(c, membre))).OrderBy(c => c.Item2 is null).Take(Affichees - Math.Min(brouillons.Count, Affichees)))
        {
            corps.Add(new TextBlock(convention.Type.Intitule) { Weight = TextWeight.Bolder, Separator = true });
            corps.Add(CardParts.Discret(textes.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom)))));
            corps.Add(CardParts.Discret(Etat(textes, convention, aujourdhui, court: true)));
            if (aSigner is not null)
            {
                corps.Add(new TextBlock(textes[CleTexte.MesConventionsASigner]) { Color = TextColor.Attention });
            }

            corps.Add(new ActionSet([new ActionExecute
            {
                Title = textes[CleTexte.BoutonOuvrir], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Voir },
            }]));
        }

        return CardParts.Carte(corps);
    }

    /// <summary>The designation of <paramref name="membre"/> still to sign on <paramref name="convention"/>, if any.</summary>
    public static Designation? ASignerPar(Convention convention, Conventions.Membres.MembreId membre)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return convention.DateDeSignature is null && convention.Refus is null
            ? convention.Designations.FirstOrDefault(d => d.Signataire == membre && !convention.Signatures.Any(s => s.Partie == d.Partie && s.Fonction == d.Fonction))
            : null;
    }

    /// <summary>Where the convention stands: how many signatures of how many, refused by whom (and why, unless <paramref name="court"/>), in force since, ended.</summary>
    public static string Etat(Textes textes, Convention convention, DateOnly aujourdhui, bool court = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.Refus is { } refus)
        {
            var qui = convention.Designations.FirstOrDefault(d => d.Signataire == refus.Signataire)?.Nom ?? refus.Partie;
            return court ? textes.Format(CleTexte.ConvEtatRefuseeCourt, qui) : textes.Format(CleTexte.ConvEtatRefusee, qui, refus.Motif);
        }

        return convention.Etat(aujourdhui) switch
        {
            EtatDeConvention.EnVigueur when convention.Preavis is { } preavis => textes.Format(CleTexte.ConvEtatDenoncee, preavis.Fin),
            EtatDeConvention.EnVigueur when convention.DateDeSignature is { } le => textes.Format(CleTexte.ConvEtatEnVigueur, le),
            EtatDeConvention.Terminee => textes[CleTexte.ConvEtatTerminee],
            _ => textes.Format(CleTexte.ConvEtatEnSignature, convention.Signatures.Count, convention.SignaturesRequises().Count),
        };
    }

    /// <summary>A function as its kind names it, in the reader's language.</summary>
    public static string Fonction(Textes textes, Convention convention, string fonction)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        return convention.Type.Signataire(fonction) is { } requis
            ? textes.EstAnglais ? requis.Label : requis.Libelle
            : fonction;
    }

    private static List<CardElement> Entete(Textes textes, Convention convention, DateOnly aujourdhui, string? message, bool erreur)
    {
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.ConvTitre, convention.Type.Intitule)),
            CardParts.Paragraphe(textes.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom)))),
            CardParts.Discret(Etat(textes, convention, aujourdhui)),
            CardParts.Discret(textes.Format(CleTexte.ConvEmpreinte, convention.EmpreinteEnVigueur)),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        return corps;
    }

    private static ActionExecute Bouton(string titre, Convention convention, Designation designation, string aller, ActionStyle style) => new()
    {
        Title = titre, Verb = Verbes.Convention, Style = style,
        Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = aller, Partie = designation.Partie, Fonction = designation.Fonction, Empreinte = convention.EmpreinteEnVigueur },
    };
}
