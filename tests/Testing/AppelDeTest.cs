using System.Globalization;
using Conventions.Calendrier;

namespace TeamsConventions.Testing;

/// <summary>The call for proposals tests configure: analysts in the team's General channel, the committee in its votes channel.</summary>
public static class AppelDeTest
{
    public const string Id = "ilc-2027";
    public const string Titre = "Initiatives locales de coopération 2027";
    public const string EquipeDAccompagnement = "19:comite-accompagnement@thread.tacv2";
    public const string CanalDAccompagnement = "19:comite-accompagnement-votes@thread.tacv2";

    /// <summary>Opened ten days before <paramref name="maintenant"/>, closing <paramref name="joursAvantCloture"/> days after.</summary>
    public static void Configurer(IDictionary<string, string?> reglages, DateTimeOffset maintenant, int joursAvantCloture = 20)
    {
        ArgumentNullException.ThrowIfNull(reglages);
        string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Bruxelles.Fuseau).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        reglages["Dossiers:Appels:0:Id"] = Id;
        reglages["Dossiers:Appels:0:Titre"] = Titre;
        reglages["Dossiers:Appels:0:Type"] = "initiative-locale";
        reglages["Dossiers:Appels:0:Ouverture"] = Local(maintenant.AddDays(-10));
        reglages["Dossiers:Appels:0:Cloture"] = Local(maintenant.AddDays(joursAvantCloture));
        reglages["Dossiers:Appels:0:EquipeDesAnalystes"] = Activities.EquipeId;
        reglages["Dossiers:Appels:0:CanalDesAnalystes"] = Activities.EquipeId;
        reglages["Dossiers:Appels:0:EquipeDuComite"] = Activities.EquipeId;
        reglages["Dossiers:Appels:0:CanalDuComite"] = Activities.CanalVotes;
        reglages["Dossiers:Appels:0:EquipeDuComiteQuiDecide"] = EquipeDAccompagnement;
        reglages["Dossiers:Appels:0:CanalDuComiteQuiDecide"] = CanalDAccompagnement;
    }
}
