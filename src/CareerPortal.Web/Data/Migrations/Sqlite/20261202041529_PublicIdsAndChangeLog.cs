using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicIdsAndChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Tools",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Skills",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Levels",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "GuideSections",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Certifications",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Careers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PreviousSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Id);
                });

            // Rows that exist already get their permanent public id here (a random version-4 Guid
            // in EF Core's SQLite text form); new rows get theirs from CareerDb when added.
            foreach (var table in new[] { "Careers", "Levels", "Skills", "Certifications", "Tools", "GuideSections" })
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"PublicId\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6));");
            }

            // The feed starts with what is already public, so a consumer reading from the start gets everything.
            foreach (var (table, type) in new[] { ("Careers", "career"), ("Skills", "skill"), ("Certifications", "certification"), ("Tools", "tool") })
            {
                migrationBuilder.Sql($"INSERT INTO \"ChangeLog\" (\"ResourceType\", \"ResourceId\", \"Slug\", \"Change\", \"RecordedAt\") SELECT '{type}', \"PublicId\", \"Slug\", 'Published', strftime('%Y-%m-%d %H:%M:%f', 'now') FROM \"{table}\" ORDER BY \"Id\";");
            }

            migrationBuilder.CreateIndex(
                name: "IX_Tools_PublicId",
                table: "Tools",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Skills_PublicId",
                table: "Skills",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Levels_PublicId",
                table: "Levels",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuideSections_PublicId",
                table: "GuideSections",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certifications_PublicId",
                table: "Certifications",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Careers_PublicId",
                table: "Careers",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_ResourceType_PreviousSlug",
                table: "ChangeLog",
                columns: new[] { "ResourceType", "PreviousSlug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeLog");

            migrationBuilder.DropIndex(
                name: "IX_Tools_PublicId",
                table: "Tools");

            migrationBuilder.DropIndex(
                name: "IX_Skills_PublicId",
                table: "Skills");

            migrationBuilder.DropIndex(
                name: "IX_Levels_PublicId",
                table: "Levels");

            migrationBuilder.DropIndex(
                name: "IX_GuideSections_PublicId",
                table: "GuideSections");

            migrationBuilder.DropIndex(
                name: "IX_Certifications_PublicId",
                table: "Certifications");

            migrationBuilder.DropIndex(
                name: "IX_Careers_PublicId",
                table: "Careers");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Tools");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Levels");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Careers");
        }
    }
}
