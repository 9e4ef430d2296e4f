using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EditorOfLastSave : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Tools",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Specializations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Skills",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Levels",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "JobTitles",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "GuideSections",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Certifications",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Careers",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "CareerRelations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "CareerLevels",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Advancements",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Tools");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Specializations");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Levels");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "JobTitles");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Careers");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "CareerRelations");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "CareerLevels");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Advancements");
        }
    }
}
