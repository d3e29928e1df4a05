using System.Security.Cryptography;
using System.Text;
using Conventions.Dossiers;

namespace Conventions.Votes;

public readonly record struct ScrutinId(Guid Valeur)
{
    public static ScrutinId Nouveau() => new(Guid.NewGuid());

    /// <summary>
    /// One vote per submitted version of a dossier, stage (R06) and attempt (a vote closed without effect leaves room
    /// for the next): putting the same version to the committee twice, or from two places, names the same vote.
    /// </summary>
    public static ScrutinId DuDossier(DossierId dossier, int version, EtapeDuComite etape, int tentative)
    {
        var nomDeLEtape = etape == EtapeDuComite.Avis ? "avis" : "decision";
        return new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"dossier|{dossier}|{version}|{nomDeLEtape}|{tentative}"))[..16]));
    }

    /// <summary>One vote per version of an action plan put on the agenda, stage (opinion, then validation) and attempt.</summary>
    public static ScrutinId DuPlan(Actions.PlanDActionsId plan, int version, EtapeDuComite etape, int tentative)
    {
        var nomDeLEtape = etape == EtapeDuComite.Avis ? "avis" : "validation";
        return new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"plan|{plan}|{version}|{nomDeLEtape}|{tentative}"))[..16]));
    }

    /// <summary>One vote per version of a particular convention put on the agenda, stage (opinion, then validation) and attempt.</summary>
    public static ScrutinId DeLaConventionParticuliere(Actions.ConventionParticuliereId convention, int version, EtapeDuComite etape, int tentative)
    {
        var nomDeLEtape = etape == EtapeDuComite.Avis ? "avis" : "validation";
        return new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"convention-particuliere|{convention}|{version}|{nomDeLEtape}|{tentative}"))[..16]));
    }

    /// <summary>One vote per version of a meeting's minutes (their hash) and attempt.</summary>
    public static ScrutinId DuCompteRendu(Seances.SeanceId seance, string empreinte, int tentative) =>
        new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"compte-rendu|{seance}|{empreinte}|{tentative}"))[..16]));

    public override string ToString() => Valeur.ToString("N");
}
