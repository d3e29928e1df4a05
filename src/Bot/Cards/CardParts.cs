using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>Fragments every card shares, so that all cards look alike.</summary>
internal static class CardParts
{
    public static AdaptiveCard Carte(IList<CardElement> corps, IList<CardAction>? actions = null) => new()
    {
        Body = corps,
        Actions = actions is { Count: > 0 } ? actions : null,
    };

    public static TextBlock Titre(string texte) => new(texte) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock SousTitre(string texte) => new(texte) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraphe(string texte) => new(texte);

    /// <summary>What a press did, on top of the card it answers with: green when done, red with the reason when refused.</summary>
    public static Container Bandeau(string message, bool erreur) =>
        new([new TextBlock(message) { Color = erreur ? TextColor.Attention : TextColor.Good, Wrap = true }]) { Style = erreur ? ContainerStyle.Attention : ContainerStyle.Good };

    public static TextBlock Discret(string texte) => new(texte) { IsSubtle = true, Size = TextSize.Small };

    /// <summary>Every text command with what it does (the same list as the manifest's command menu).</summary>
    public static FactSet ListeDesCommandes(Textes textes) => new(
    [
        new Fact(textes[CleTexte.AideCommandeMesElements], textes[CleTexte.AideDescriptionMesElements]),
        new Fact(textes[CleTexte.AideCommandeNouveauDossier], textes[CleTexte.AideDescriptionNouveauDossier]),
        new Fact(textes[CleTexte.AideCommandeRejoindre], textes[CleTexte.AideDescriptionRejoindre]),
        new Fact(textes[CleTexte.AideCommandeMesActions], textes[CleTexte.AideDescriptionMesActions]),
        new Fact(textes[CleTexte.AideCommandeMesConventions], textes[CleTexte.AideDescriptionMesConventions]),
        new Fact(textes[CleTexte.AideCommandeNouvelleConvention], textes[CleTexte.AideDescriptionNouvelleConvention]),
        new Fact(textes[CleTexte.AideCommandeComite], textes[CleTexte.AideDescriptionComite]),
        new Fact(textes[CleTexte.AideCommandeAide], textes[CleTexte.AideDescriptionAide]),
    ]);

    public static ActionExecute BoutonAide(Textes textes) => new() { Title = textes[CleTexte.BoutonAide], Verb = Verbes.Aide };

    public static ActionExecute BoutonNouveauDossier(Textes textes) => new() { Title = textes[CleTexte.BoutonNouveauDossier], Verb = Verbes.NouveauDossier };

    public static ActionExecute BoutonMesElements(Textes textes) => new() { Title = textes[CleTexte.BoutonMesElements], Verb = Verbes.MesElements };
}
