using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>R22: an action of a convention, under one of its kind's themes, with all seven headings filled.</summary>
public sealed record FicheAction
{
    public FicheAction(string theme, string intitule, string quoi, string pourQuoi, string quand, string comment, string ou, string pourEtAvecQui)
    {
        Theme = Texte.Borne("Thème", theme, 120);
        Intitule = Texte.Borne("Intitulé", intitule, 200);
        Quoi = Texte.Borne("Quoi", quoi, 2000);
        PourQuoi = Texte.Borne("Pour quoi", pourQuoi, 2000);
        Quand = Texte.Borne("Quand", quand, 500);
        Comment = Texte.Borne("Comment", comment, 2000);
        Ou = Texte.Borne("Où", ou, 500);
        PourEtAvecQui = Texte.Borne("Pour et avec qui", pourEtAvecQui, 1000);
    }

    public string Theme { get; }

    public string Intitule { get; }

    public string Quoi { get; }

    public string PourQuoi { get; }

    public string Quand { get; }

    public string Comment { get; }

    public string Ou { get; }

    public string PourEtAvecQui { get; }
}
