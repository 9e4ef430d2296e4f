using CareerPortal.Web.Data;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>How the history pages name a revision's event.</summary>
public static class HistoryText
{
    public static string Event(RevisionEvent happened) => happened switch
    {
        RevisionEvent.Saved => "saved",
        RevisionEvent.Restored => "restored an older revision",
        RevisionEvent.Deleted => "moved to the trash",
        RevisionEvent.Undeleted => "restored from the trash",
        _ => happened.ToString(),
    };
}
