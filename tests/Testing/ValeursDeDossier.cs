using System.Globalization;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;

namespace TeamsConventions.Testing;

/// <summary>What a careful CPAS agent would type into each field of a dossier form: valid for the field and the call.</summary>
public static class ValeursDeDossier
{
    public const string NomDuCpas = "CPAS de Seraing";

    /// <param name="longueur">Length of the long texts (to test the limits of cards and documents).</param>
    public static string Valeur(DefinitionDeChamp champ, AppelAProjets appel, int longueur = 120)
    {
        ArgumentNullException.ThrowIfNull(champ);
        ArgumentNullException.ThrowIfNull(appel);
        var ouverture = Bruxelles.Jour(appel.Ouverture);
        return champ.Nature switch
        {
            NatureDeChamp.TexteCourt when champ.Id == "identification.cpas.nom" => NomDuCpas,
            NatureDeChamp.TexteCourt => $"{champ.Libelle[..Math.Min(60, champ.Libelle.Length)]} — Seraing",
            NatureDeChamp.TexteLong => string.Concat(Enumerable.Repeat($"{champ.Libelle}. Échanges réguliers entre référents désignés du CPAS et du Forem. ", 60))[..Math.Min(longueur, champ.LongueurMaximale)],
            NatureDeChamp.Nom => "Sophie Lambert",
            NatureDeChamp.Mail => "sophie.lambert@cpas-seraing.be",
            NatureDeChamp.Telephone => "04 330 86 11",
            NatureDeChamp.Bce => "0212.345.668",
            NatureDeChamp.Nombre => "1250",
            NatureDeChamp.Montant => "12500.50",
            NatureDeChamp.Date when champ.Apres is not null => Iso(ouverture.AddDays(200)),
            NatureDeChamp.Date when champ.Borne == BorneDeDate.AvantCloture => Iso(ouverture.AddDays(-60)),
            NatureDeChamp.Date => Iso(ouverture.AddDays(30)),
            NatureDeChamp.Choix => "moins25,article60",
            _ => throw new ArgumentOutOfRangeException(nameof(champ), champ.Nature, "a table has no single value"),
        };
    }

    /// <summary>Every plain field of every step, and <paramref name="lignes"/> rows in each table.</summary>
    public static Dictionary<string, string> Toutes(FormulaireDeDossier formulaire, AppelAProjets appel, int lignes = 2, int longueur = 120)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        var valeurs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var champ in formulaire.Champs)
        {
            if (champ.Nature != NatureDeChamp.Tableau)
            {
                valeurs[champ.Id] = Valeur(champ, appel, longueur);
                continue;
            }

            for (var i = 1; i <= lignes; i++)
            {
                foreach (var colonne in champ.Colonnes!)
                {
                    valeurs[new CelluleDeTableau(champ.Id, $"l{i:D3}", colonne.Id).Cle] = Valeur(colonne, appel, longueur);
                }
            }
        }

        return valeurs;
    }

    private static string Iso(DateOnly jour) => jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
