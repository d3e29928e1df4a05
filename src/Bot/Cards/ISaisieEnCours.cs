using Conventions.Catalogue;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// What a form's step cards edit — a dossier, a convention's draft —: its form and stored values, the verb and data
/// its buttons carry, which entries are required, the dates a field accepts and the lines at the top of each card.
/// </summary>
public interface ISaisieEnCours
{
    FormulaireDeDossier Formulaire { get; }

    IReadOnlyDictionary<string, string> Champs { get; }

    /// <summary>The verb of its cards' buttons.</summary>
    string Verbe { get; }

    /// <summary>The data naming it on every button (the dossier's id, the draft's).</summary>
    DonneesDeDossier Designation { get; }

    bool EstObligatoire(string champ);

    /// <summary>The earliest and latest day a date field accepts (a call's opening and closing), null where unbounded.</summary>
    (DateOnly? Min, DateOnly? Max) Bornes(DefinitionDeChamp champ);

    IEnumerable<CardElement> Entete(Textes textes, string titre, int? etape = null);

    int IndexDe(string? etape);
}
