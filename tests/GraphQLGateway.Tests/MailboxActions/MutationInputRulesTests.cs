using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.MailboxActions;
using DigitalPost.GraphQLGateway.MailboxActions.Mutations;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>The mutations' input checks name the field and follow the configured limits.</summary>
public sealed class MutationInputRulesTests
{
    private static readonly MutationOptions Options = new() { MaxFolderNameLength = 10, MaxBodyLength = 20, MaxSubjectLength = 8, MaxCommentLength = 5, MaxAttachments = 2, MaxIdentifierLength = 6 };

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_folder_name_is_refused_naming_the_field(string? name) =>
        Assert.Equal("input.name: a folder name must not be empty", MutationInputRules.FolderName(name, Options));

    [Fact]
    public void A_folder_name_over_the_configured_length_is_refused_and_surrounding_spaces_do_not_count()
    {
        Assert.Equal("input.name: a folder name has at most 10 characters; got 11", MutationInputRules.FolderName("abcdefghijk", Options));
        Assert.Null(MutationInputRules.FolderName("  abcdefghij  ", Options));
    }

    [Fact]
    public void A_body_over_the_configured_length_is_refused()
    {
        Assert.Equal("input.body: a message text has at most 20 characters; got 21", MutationInputRules.Body(new string('x', 21), 0, Options));
        Assert.Null(MutationInputRules.Body(new string('x', 20), 0, Options));
    }

    [Fact]
    public void An_empty_body_is_allowed_only_with_attachments()
    {
        Assert.Equal("input.body: write a text or attach a file", MutationInputRules.Body(" ", 0, Options));
        Assert.Null(MutationInputRules.Body("", 1, Options));
    }

    [Fact]
    public void Subjects_comments_attachment_counts_and_identifiers_follow_their_limits()
    {
        Assert.Equal("input.subject: a subject must not be empty", MutationInputRules.Subject(" ", Options));
        Assert.Equal("input.subject: a subject has at most 8 characters; got 9", MutationInputRules.Subject("123456789", Options));
        Assert.Equal("input.comment: a comment has at most 5 characters; got 6", MutationInputRules.Comment("123456", Options));
        Assert.Null(MutationInputRules.Comment(null, Options));
        Assert.Equal("input.attachments: at most 2 attachments; got 3", MutationInputRules.AttachmentCount(3, Options));
        Assert.Equal("input.contactPointId: must not be empty", MutationInputRules.Identifier("contactPointId", "", required: true, Options));
        Assert.Null(MutationInputRules.Identifier("categoryId", null, required: false, Options));
        Assert.Equal("input.categoryId: at most 6 characters; got 7", MutationInputRules.Identifier("categoryId", "1234567", required: false, Options));
    }

    [Theory]
    [InlineData("cpr:0101901234", true)]
    [InlineData("cvr:12345678", true)]
    [InlineData("authority:aalborg-kommune", false)]
    [InlineData("0101901234", false)]
    [InlineData("cpr:12", false)]
    public void A_forward_goes_to_a_cpr_or_cvr_and_a_bad_address_is_not_echoed(string to, bool valid)
    {
        var problem = MutationInputRules.Recipient(to, out var recipient);

        if (valid)
        {
            Assert.Null(problem);
            Assert.Equal(MailboxId.Parse(to), recipient);
        }
        else
        {
            Assert.Equal("input.to: expected cpr:<10 digits> or cvr:<8 digits>", problem);
        }
    }
}
