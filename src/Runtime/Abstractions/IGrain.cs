namespace DigitalPost.Runtime;

/// <summary>
/// Marker for grain interfaces. Every interface deriving from it gets a generated grain reference
/// and typed invocations (see <c>DigitalPost.Runtime.CodeGen</c>). Methods must return
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>.
/// </summary>
public interface IGrain;
