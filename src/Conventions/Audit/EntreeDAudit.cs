using Conventions.Membres;

namespace Conventions.Audit;

/// <summary>One decision, signature, validation or notice: who, what, when, on which document version. Never updated.</summary>
public sealed record EntreeDAudit(DateTimeOffset Horodatage, MembreId Acteur, string Action, string Objet, string Details, string? EmpreinteDocument = null);
