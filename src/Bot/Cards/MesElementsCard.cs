using Conventions.Suivi;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>"Mes dossiers": what waits for the member, then what they follow; an explained empty state.</summary>
public static class MesElementsCard
{
    public static AdaptiveCard Composer(Textes textes, TableauDeBordPersonnel tableau, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(tableau);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.MesElementsTitre]) };
        if (tableau.EstVide)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.MesElementsVide]));
            corps.Add(CardParts.Discret(textes[CleTexte.MesElementsVideSuite]));
            return CardParts.Carte(corps, [CardParts.BoutonNouveauDossier(textes), CardParts.BoutonAide(textes)]);
        }

        AjouterSection(corps, textes, CleTexte.MesElementsEnAttente, tableau.EnAttenteDeVous, maintenant);
        AjouterSection(corps, textes, CleTexte.MesElementsEnCours, tableau.EnCours, maintenant);
        return CardParts.Carte(corps, [CardParts.BoutonNouveauDossier(textes), CardParts.BoutonAide(textes)]);
    }

    /// <summary>Teams did not say who the user is: nothing can be listed, and the card says why.</summary>
    public static AdaptiveCard SansIdentite(Textes textes) =>
        CardParts.Carte([CardParts.Titre(textes[CleTexte.MesElementsTitre]), CardParts.Paragraphe(textes[CleTexte.MesElementsIdentiteInconnue])]);

    private static void AjouterSection(List<CardElement> corps, Textes textes, string cleTitre, IReadOnlyList<ElementSuivi> elements, DateTimeOffset maintenant)
    {
        if (elements.Count == 0)
        {
            return;
        }

        corps.Add(CardParts.SousTitre(textes[cleTitre]));
        corps.AddRange(elements.Select(e => Ligne(textes, e, maintenant)));
    }

    private static Container Ligne(Textes textes, ElementSuivi element, DateTimeOffset maintenant)
    {
        var enRetard = element.EstEnRetard(maintenant);
        var echeance = element.Echeance is { } date
            ? textes.Format(CleTexte.MesElementsEcheance, date)
            : textes[CleTexte.MesElementsSansEcheance];
        var details = enRetard ? $"{echeance} — {textes[CleTexte.MesElementsEnRetard]}" : echeance;
        if (element.Avancement is { } avancement)
        {
            details = $"{textes.Format(CleTexte.DossierAvancement, avancement)} · {details}";
        }

        var elements = new List<CardElement>
        {
            new TextBlock(element.Intitule) { Weight = TextWeight.Bolder },
            new TextBlock($"{textes[CleNature(element.Nature)]} · {details}")
            {
                Size = TextSize.Small,
                Color = enRetard ? TextColor.Attention : null,
                IsSubtle = enRetard ? null : true,
                Spacing = Spacing.None,
            },
        };
        if (element.Nature == NatureElement.Dossier && Conventions.Dossiers.DossierId.Lire(element.Reference) is { } dossier)
        {
            elements.Add(new ActionSet([DossierCardParts.Ouvrir(textes, dossier)]));
        }

        return new Container(elements)
        {
            Separator = true,
            Style = enRetard ? ContainerStyle.Attention : null,
        };
    }

    private static string CleNature(NatureElement nature) => nature switch
    {
        NatureElement.Dossier => CleTexte.NatureDossier,
        NatureElement.Convention => CleTexte.NatureConvention,
        NatureElement.Vote => CleTexte.NatureVote,
        NatureElement.Signature => CleTexte.NatureSignature,
        NatureElement.Evaluation => CleTexte.NatureEvaluation,
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, null),
    };
}
