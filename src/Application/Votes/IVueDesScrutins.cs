using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// The public view of the votes (the card in the committee's channel): told when a vote changed, it refreshes on its
/// own rhythm; it also keeps the vote as it last read it, so that a press need not read the vote again.
/// </summary>
public interface IVueDesScrutins
{
    void Signaler(ScrutinId id);

    ScrutinEnregistre? Dernier(ScrutinId id);
}
