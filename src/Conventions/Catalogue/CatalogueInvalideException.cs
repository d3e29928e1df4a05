namespace Conventions.Catalogue;

/// <summary>The catalogue cannot be used: every problem, with the file it is in.</summary>
public sealed class CatalogueInvalideException(IReadOnlyList<string> problemes)
    : Exception("The convention catalogue is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problemes.Select(p => "- " + p)))
{
    public IReadOnlyList<string> Problemes { get; } = problemes;
}
