namespace Capacity.Domain.Simulation;

/// <summary>
/// A message between entities. Receivers buffer messages and apply them at the start of the due tick,
/// sorted by (due tick, sender, sequence), so arrival order never changes a result.
/// </summary>
public interface IInboxMessage
{
    /// <summary>Tick at which the receiver applies the message.</summary>
    int DueDay { get; }

    /// <summary>Id of the sending entity.</summary>
    string SenderId { get; }

    /// <summary>Id of the receiving entity.</summary>
    string RecipientId { get; }

    /// <summary>Per-sender sequence number, unique within the sender's run.</summary>
    int Seq { get; }
}
