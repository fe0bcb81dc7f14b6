using System.Runtime.InteropServices;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// <see cref="IBackendPriority"/> by <c>setpriority(PRIO_PROCESS, pid, nice)</c>. It only touches a process of
/// this machine whose name is <c>postgres</c> (a backend pid from a server elsewhere could name any local process).
/// Raising a nice value needs no privilege for processes of the same user; the private cluster of a silo running as
/// root runs as <c>postgres</c>, which root may renice.
/// </summary>
public sealed partial class LinuxBackendPriority : IBackendPriority
{
    private const int PrioProcess = 0;

    /// <inheritdoc />
    public bool TrySetNice(int processId, int nice, out string? problem)
    {
        if (!OperatingSystem.IsLinux())
        {
            problem = "process priorities are only set on Linux";
            return false;
        }

        string name;
        try
        {
            name = File.ReadAllText($"/proc/{processId}/comm").Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"process {processId} is not on this machine ({ex.Message})";
            return false;
        }

        if (name != "postgres")
        {
            problem = $"process {processId} is '{name}', not a PostgreSQL backend";
            return false;
        }

        if (SetPriority(PrioProcess, processId, nice) != 0)
        {
            problem = $"setpriority({processId}, {nice}) failed with errno {Marshal.GetLastPInvokeError()}";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>Sets the nice value of a process or (with a thread id) a thread.</summary>
    internal static int SetPriority(int which, int who, int priority) => NativeMethods.setpriority(which, (uint)who, priority);

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this assembly; three ints marshal as they are.
        internal static extern int setpriority(int which, uint who, int prio);
#pragma warning restore SYSLIB1054
    }
}
