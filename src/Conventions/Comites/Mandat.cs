using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Comites;

/// <summary>A presidency mandate: President and Vice-President for a period (R08).</summary>
public sealed record Mandat(MembreId President, MembreId? VicePresident, Periode Periode);
