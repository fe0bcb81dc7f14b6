using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Mailboxes;

public abstract partial class MailboxGrainBase
{
    public async Task<MailboxFolder> CreateFolderAsync(ActorContext actor, string name)
    {
        Require(actor, AccessLevel.Read, "manage folders");
        var clean = CheckFolderName(name);
        if (State.UserFolders.Count >= Services.Options.MaxUserFolders)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, $"A mailbox has at most {Services.Options.MaxUserFolders} folders of its own.");
        }

        var folder = new MailboxFolder("f" + State.NextFolderNumber++, clean, false);
        State.UserFolders.Add(folder);
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.FolderCreated, null, folder.FolderId)]);
        await PublishAsync(MailboxEventKind.FolderCreated, null, folder.FolderId, actor.Platform);
        return folder;
    }

    public async Task RenameFolderAsync(ActorContext actor, string folderId, string name)
    {
        Require(actor, AccessLevel.Read, "manage folders");
        var clean = CheckFolderName(name);
        var index = UserFolderIndex(folderId);
        State.UserFolders[index] = State.UserFolders[index] with { Name = clean };
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.FolderRenamed, null, folderId)]);
        await PublishAsync(MailboxEventKind.FolderRenamed, null, folderId, actor.Platform);
    }

    public async Task DeleteFolderAsync(ActorContext actor, string folderId)
    {
        Require(actor, AccessLevel.Read, "manage folders");
        var index = UserFolderIndex(folderId);

        // Messages first: if the profile write then fails, the folder is merely empty.
        await Services.Database.ExecuteAsync([MessageCommands.EmptyFolder(Key, folderId), Log(actor, AccessAction.FolderDeleted, null, folderId)]);
        State.UserFolders.RemoveAt(index);
        await SaveAsync();
        await PublishAsync(MailboxEventKind.FolderDeleted, null, folderId, actor.Platform);
    }

    protected bool FolderExists(string folderId) => SystemFolders.IsSystem(folderId) || State.UserFolders.Any(f => f.FolderId == folderId);

    private int UserFolderIndex(string folderId)
    {
        if (SystemFolders.IsSystem(folderId))
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidFolder, $"'{folderId}' is a system folder and cannot be renamed or deleted.");
        }

        var index = State.UserFolders.FindIndex(f => f.FolderId == folderId);
        return index >= 0 ? index : throw new MailboxActionException(MailboxErrorCode.FolderNotFound, $"There is no folder '{folderId}' in this mailbox.");
    }

    private string CheckFolderName(string name)
    {
        var clean = name?.Trim() ?? string.Empty;
        if (clean.Length == 0 || clean.Length > Services.Options.MaxFolderNameLength)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, $"A folder name must have 1 to {Services.Options.MaxFolderNameLength} characters.");
        }

        if (SystemFolders.All.Any(f => string.Equals(f.Name, clean, StringComparison.OrdinalIgnoreCase))
            || State.UserFolders.Any(f => string.Equals(f.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, $"There is already a folder named '{clean}'.");
        }

        return clean;
    }
}
