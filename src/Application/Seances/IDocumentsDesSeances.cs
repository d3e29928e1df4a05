using Conventions.Seances;

namespace TeamsConventions.Application.Seances;

/// <summary>A meeting's minutes as the committee reads them.</summary>
public interface IDocumentsDesSeances
{
    /// <summary>Where the minutes' version with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string Adresse(SeanceId seance, string empreinte, DateTimeOffset jusqua);

    /// <summary>What the minutes are called — their document's title — as the vote on them shows it.</summary>
    string Intitule(Seance seance, Conventions.Comites.Comite comite);
}
