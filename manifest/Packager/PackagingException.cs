namespace TeamsConventions.Manifest;

/// <summary>Why a package was not built: always names the value and the file to fix.</summary>
public sealed class PackagingException(string message) : Exception(message);
