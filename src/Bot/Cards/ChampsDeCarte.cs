using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// The inputs of a form's fields on a card, whatever the form (an action of a plan, a particular convention): each
/// labelled (required ones starred), showing what is stored — or, after a refused save, what was typed — with the
/// reason of a refusal or the value another drafter saved next to it.
/// </summary>
public static class ChampsDeCarte
{
    /// <param name="propre">The input of a field the form's owner renders itself (a member, a bounded date), or null for the usual one.</param>
    /// <param name="enConflit">How the owner shows a value in conflict it stores its own way, or null for the usual display.</param>
    public static void Ajouter(
        List<CardElement> corps, Textes textes, FormulaireDeDossier formulaire, IReadOnlyList<DefinitionDeChamp> champs, IReadOnlyDictionary<string, string> stockees,
        ResultatDeSaisie? retour, IReadOnlyDictionary<string, string>? tapees, Func<DefinitionDeChamp, string, string?, CardElement?>? propre = null, Func<DefinitionDeChamp, string, string?>? enConflit = null)
    {
        ArgumentNullException.ThrowIfNull(corps);
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(champs);
        ArgumentNullException.ThrowIfNull(stockees);
        foreach (var champ in champs)
        {
            var valeur = retour?.NonEnregistrees.GetValueOrDefault(champ.Id) ?? tapees?.GetValueOrDefault(champ.Id) ?? ValeurAffichee.Saisissable(champ, stockees.GetValueOrDefault(champ.Id), textes.Culture);
            var libelle = ValeurAffichee.Libelle(champ, textes.Culture) + (champ.Requis ? " *" : string.Empty);
            corps.Add(propre?.Invoke(champ, libelle, valeur) ?? champ.Nature switch
            {
                NatureDeChamp.Date => new InputDate { Id = champ.Id, Label = libelle, Value = valeur },
                NatureDeChamp.Choix => new InputChoiceSet([.. formulaire.OptionsDe(champ).Select(o => new Choice(textes.EstAnglais ? o.Label : o.Libelle, o.Code))])
                {
                    Id = champ.Id, Label = libelle, Value = valeur, IsMultiSelect = !champ.Unique, Style = "expanded",
                },
                _ => new InputText
                {
                    Id = champ.Id, Label = libelle, Value = valeur, IsMultiline = champ.Nature == NatureDeChamp.TexteLong ? true : null, MaxLength = champ.LongueurMaximale,
                },
            });
            if (retour?.Erreurs.GetValueOrDefault(champ.Id) is { } refus)
            {
                corps.Add(new TextBlock(textes.Erreur(refus)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true });
            }

            if (retour?.Conflits.TryGetValue(champ.Id, out var actuelle) == true)
            {
                var affichee = actuelle.Length == 0 ? textes[CleTexte.DossierValeurVide] : enConflit?.Invoke(champ, actuelle) ?? ValeurAffichee.De(champ, actuelle, formulaire, textes.Culture);
                corps.Add(new TextBlock(textes.Format(CleTexte.DossierConflit, affichee)) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true });
            }
        }
    }

    /// <summary>The hash of each value the card shows, so that a save can tell another drafter's change from its own.</summary>
    public static Dictionary<string, string> Vues(IEnumerable<DefinitionDeChamp> champs, IReadOnlyDictionary<string, string> stockees) =>
        champs.ToDictionary(c => c.Id, c => DossierDeProposition.EmpreinteDe(stockees.GetValueOrDefault(c.Id)), StringComparer.Ordinal);
}
