using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>R21: the contact person each party names.</summary>
public sealed record Referent(string Nom, AdresseMail Mail, Telephone Telephone);

/// <summary>A party to a convention, in one of its kind's roles; an ASBL is identified by its BCE number (R28).</summary>
public sealed record Partie(string Role, string Nom, Referent? Referent = null, NumeroBce? Bce = null);

/// <summary>
/// A signature on one version of the document: who, for which party and function, when, where (electronic); signed
/// on the bot's page with a one-time code, <paramref name="Courriel"/> is the address the code was sent to.
/// </summary>
public sealed record Signature(string Partie, string Fonction, MembreId Signataire, DateTimeOffset Le, string Empreinte, bool Electronique, string? Lieu, string? Courriel = null);

/// <summary>
/// R23: the person the secretariat designates to sign for a party in a function, by their Entra identity, with the name
/// they are shown by; someone outside the organisation is designated by <paramref name="Courriel"/>, their e-mail
/// address (their id derived from it, <see cref="MembreId.DeLAdresse"/>), and signs on the bot's page only.
/// </summary>
public sealed record Designation(string Partie, string Fonction, MembreId Signataire, string Nom, string? Courriel = null);

/// <summary>A signatory declined to sign this version, and why: the round stops until the document changes.</summary>
public sealed record Refus(string Partie, string Fonction, MembreId Signataire, string Motif, DateTimeOffset Le, string Empreinte);

/// <summary>A person drafting a convention in chat, by their Entra identity, with the name they are shown by.</summary>
public sealed record Redacteur(MembreId Membre, string Nom);
