using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>The analysts' channel: a submitted dossier to send back with a comment or to put to the committee.</summary>
public static class AnalyseDuDossierCard
{
    /// <param name="deposePar">Who submitted it, when known (the first posting); omitted when the card is shown again.</param>
    /// <param name="information">What happened since the last card (a committee's avis), shown above the summary.</param>
    public static AdaptiveCard Composer(Textes textes, VueDuDossier vue, string? deposePar, Uri lienDocument, string? erreur = null, string? information = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        var donnees = new DonneesDeDossier { Dossier = vue.Dossier.Id.ToString(), Version = vue.Dossier.Version };
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.AnalyseTitre, vue.Intitule)),
            CardParts.Discret(deposePar is null ? textes.Format(CleTexte.DossierVersion, vue.Dossier.Version) : textes.Format(CleTexte.AnalyseDepose, deposePar, vue.Dossier.Version)),
        };
        if (erreur is not null)
        {
            corps.Add(new Container([new TextBlock(erreur) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention });
        }

        if (information is not null)
        {
            corps.Add(new Container([new TextBlock(information) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Emphasis });
        }

        corps.Add(DossierCardParts.Resume(textes, vue));
        corps.Add(new InputText { Id = DecisionsDAnalyse.ChampCommentaire, Label = textes[CleTexte.AnalyseCommentaire], IsMultiline = true, MaxLength = 2000 });
        return CardParts.Carte(
            corps,
            [
                DossierCardParts.Telecharger(textes, lienDocument),
                DossierCardParts.Bouton(textes[CleTexte.BoutonRenvoyer], Verbes.AnalyseDossier, donnees with { Decision = DecisionsDAnalyse.Renvoyer }, ActionStyle.Destructive),
                DossierCardParts.Bouton(textes[CleTexte.BoutonTransmettre], Verbes.AnalyseDossier, donnees with { Decision = DecisionsDAnalyse.Transmettre }, ActionStyle.Positive),
            ]);
    }

    /// <summary>What became of the dossier, replacing the buttons once the analysts have decided.</summary>
    public static AdaptiveCard Decide(Textes textes, VueDuDossier vue, string message)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        return CardParts.Carte([CardParts.Titre(textes.Format(CleTexte.AnalyseTitre, vue.Intitule)), CardParts.Paragraphe(message), DossierCardParts.Resume(textes, vue)]);
    }

    /// <summary>A 1:1 message to an editor about their dossier, with a button that opens it.</summary>
    public static AdaptiveCard Notification(Textes textes, VueDuDossier vue, string message)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        return CardParts.Carte([CardParts.Titre(vue.Intitule), CardParts.Paragraphe(message)], [DossierCardParts.Ouvrir(textes, vue.Dossier.Id)]);
    }
}
