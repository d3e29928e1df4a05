using System.Globalization;
using Conventions.Comites;
using Conventions.Seances;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A meeting's minutes as a Word document: the committee, the meeting, each item's decision as its vote recorded it,
/// the secretariat's notes, and the content's hash the next meeting approves. In French, as the committees work.
/// </summary>
public static class DocumentDuCompteRendu
{
    /// <summary>« Compte-rendu de la séance du 15 mars 2027 — Comité de suivi — Liège ».</summary>
    public static string Titre(Seance seance, Comite comite)
    {
        ArgumentNullException.ThrowIfNull(seance);
        ArgumentNullException.ThrowIfNull(comite);
        return Textes.Francais.Format(CleTexte.OdjCompteRenduTitre, Conventions.Calendrier.Bruxelles.Jour(seance.Date), comite.Nom);
    }

    public static byte[] Generer(Seance seance, Comite comite, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(seance);
        ArgumentNullException.ThrowIfNull(comite);
        var t = Textes.Francais;
        var titre = Titre(seance, comite);
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe(t.Format(seance.Mode == ModeDeSeance.Reunion ? CleTexte.OdjReunion : CleTexte.OdjProcedureEcrite, seance.Date)),
            Paragraphe("Décisions", "Heading1"),
            Tableau(
                ["Point", "Décision", "Pour", "Contre", "Abstentions", "Clos le"],
                [.. seance.Decisions.Select((d, i) => new[]
                {
                    ($"{(i + 1).ToString(Francais)}. {d.Intitule}", false), (t.Texte(d.Decision), true), (Formats.Nombre(d.Pour, Francais), false),
                    (Formats.Nombre(d.Contre, Francais), false), (Formats.Nombre(d.Abstention, Francais), false), (Formats.Instant(d.ClosLe, Francais), false),
                })]),
            Paragraphe("Notes du secrétariat", "Heading1"),
            Paragraphe(seance.Notes ?? "(aucune)"),
            Paragraphe($"Compte-rendu {t.Texte(seance.CompteRendu)}. Empreinte du contenu (SHA-256) : {seance.EmpreinteDuContenuDuCompteRendu()}"),
        };
        return Creer(titre, corps, organisation);
    }
}
