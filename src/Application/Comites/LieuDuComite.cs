namespace TeamsConventions.Application.Comites;

/// <summary>Where a committee sits and votes, in the front door's terms (in Teams, a team and one of its channels).</summary>
public sealed record LieuDuComite(string Equipe, string Canal);
