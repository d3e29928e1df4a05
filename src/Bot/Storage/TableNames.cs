using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Storage;

/// <summary>Every table the bot uses; all are created at start-up if missing.</summary>
public sealed class TableNames(IOptions<StorageOptions> options)
{
    public string ReferencesConversation => Nom("ReferencesConversation");

    public string ActivitesRecues => Nom("ActivitesRecues");

    public string ElementsSuivis => Nom("ElementsSuivis");

    public string Conventions => Nom("Conventions");

    public string Echeances => Nom("Echeances");

    public string Comites => Nom("Comites");

    public string Dossiers => Nom("Dossiers");

    public string Scrutins => Nom("Scrutins");

    public string VotesOuverts => Nom("VotesOuverts");

    public string Baux => Nom("Baux");

    public string Envois => Nom("Envois");

    public string Plans => Nom("Plans");

    public string ConventionsParticulieres => Nom("ConventionsParticulieres");

    public string Seances => Nom("Seances");

    public string EvenementsDesConventions => Nom("EvenementsDesConventions");

    public string ProjetsDeConvention => Nom("ProjetsDeConvention");

    public string Classements => Nom("Classements");

    public string LiensDeSignature => Nom("LiensDeSignature");

    public IEnumerable<string> Toutes => [ReferencesConversation, ActivitesRecues, ElementsSuivis, Conventions, Echeances, Comites, Dossiers, Scrutins, VotesOuverts, Baux, Envois, Plans, ConventionsParticulieres, Seances, EvenementsDesConventions, ProjetsDeConvention, Classements, LiensDeSignature];

    private string Nom(string table) => options.Value.TablePrefix + table;
}
