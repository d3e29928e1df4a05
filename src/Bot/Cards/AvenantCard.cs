using Conventions.Accords;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// R19 on cards: a convention's amendments with where each stands, the form to draw up the next one (for whoever
/// runs its round, once the convention is in force and none is under signature), and each signatory's card to sign it.
/// </summary>
public static class AvenantCard
{
    public const string ChampObjet = "avenant-objet";
    public const string ChampTexte = "avenant-texte";

    /// <summary>On the secretariat's card of a convention in force: its amendments, then the form for the next one.</summary>
    public static void Ajouter(List<CardElement> corps, Textes textes, Convention convention, IReadOnlyDictionary<string, string>? tapees)
    {
        ArgumentNullException.ThrowIfNull(corps);
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.DateDeSignature is null)
        {
            return;
        }

        corps.Add(new TextBlock(textes[CleTexte.AvenantsTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        foreach (var avenant in convention.Avenants.OrderByDescending(a => a.Version))
        {
            corps.Add(new TextBlock(textes.Format(CleTexte.AvenantNumero, avenant.Numero, avenant.Objet)) { Wrap = true, Weight = TextWeight.Bolder });
            corps.Add(CardParts.Discret(Etat(textes, convention, avenant)));
        }

        if (convention.AvenantEnCours is not null)
        {
            return;
        }

        corps.Add(CardParts.Discret(textes[CleTexte.AvenantIntro]));
        corps.Add(new InputText { Id = ChampObjet, Label = textes[CleTexte.AvenantObjet], Value = tapees?.GetValueOrDefault(ChampObjet), MaxLength = 500 });
        corps.Add(new InputText { Id = ChampTexte, Label = textes[CleTexte.AvenantTexte], Value = tapees?.GetValueOrDefault(ChampTexte), IsMultiline = true, MaxLength = 8000 });
        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonProposerAvenant], Verb = Verbes.Convention,
            Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Avenant },
        }]));
    }

    /// <summary>For a designated signatory: the amendment, what it changes, the document and its hash, Signer.</summary>
    public static AdaptiveCard ASigner(Textes textes, Convention convention, Avenant avenant, Designation designation, Uri document, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        ArgumentNullException.ThrowIfNull(designation);
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.AvenantTitre, avenant.Numero, convention.Type.Intitule)),
            CardParts.Paragraphe(textes.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom)))),
            CardParts.Discret(Etat(textes, convention, avenant)),
            CardParts.Discret(textes.Format(CleTexte.ConvEmpreinte, avenant.Empreinte)),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        corps.Add(new TextBlock(avenant.Objet) { Weight = TextWeight.Bolder, Wrap = true });
        corps.Add(new TextBlock(avenant.Texte.Length > 1500 ? string.Concat(avenant.Texte.AsSpan(0, 1499), "…") : avenant.Texte) { Wrap = true });
        corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.AvenantASignerIntro, designation.Partie, ConventionCard.Fonction(textes, convention, designation.Fonction))));
        var actions = new List<CardAction> { new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document } };
        if (avenant.Signatures.FirstOrDefault(s => s.Partie == designation.Partie && s.Fonction == designation.Fonction) is { } signee)
        {
            corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.ConvSignee, signee.Le)));
            return CardParts.Carte(corps, actions);
        }

        if (!avenant.EnVigueur)
        {
            if (convention.Type.Parties.SelectMany(p => p.Signataires).Any(s => s.Fonction == designation.Fonction && s.Electronique))
            {
                corps.Add(new InputText { Id = DeplacementsDeLaConvention.ChampLieu, Label = textes[CleTexte.ConvLieu], MaxLength = 120 });
            }

            actions.Insert(0, new ActionExecute
            {
                Title = textes[CleTexte.BoutonSigner], Verb = Verbes.Convention, Style = ActionStyle.Positive,
                Data = new DonneesDeConvention
                {
                    Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.SignerAvenant, Version = avenant.Version,
                    Partie = designation.Partie, Fonction = designation.Fonction, Empreinte = avenant.Empreinte,
                },
            });
        }

        return CardParts.Carte(corps, actions);
    }

    private static string Etat(Textes textes, Convention convention, Avenant avenant) => (avenant.EnVigueur, avenant.EstNominatif) switch
    {
        (true, true) => textes[CleTexte.BeneficiaireConfirme],
        (true, false) => textes[CleTexte.AvenantEnVigueur],
        (false, true) => textes.Format(CleTexte.BeneficiaireEnAttente, string.Join(", ", convention.ReferentsAttendus(avenant).Select(r => r.Nom))),
        _ => textes.Format(CleTexte.ConvEtatEnSignature, avenant.Signatures.Count, convention.SignaturesRequises().Count),
    };
}
