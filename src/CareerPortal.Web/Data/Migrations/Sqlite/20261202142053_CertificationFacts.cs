using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificationFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The JSON list columns (Eligibility, Figures) start as "[]" on existing rows: an empty
            // list, which is what their value converter reads back.
            migrationBuilder.AddColumn<DateOnly>(
                name: "AsOf",
                table: "Certifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "Certifications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cost",
                table: "Certifications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "Certifications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Exam",
                table: "Certifications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficialUrl",
                table: "Certifications",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Renewal",
                table: "Certifications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKeys",
                table: "Certifications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Figures",
                table: "Careers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OccupationUrl",
                table: "Careers",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsOfficial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SourceHash = table.Column<string>(type: "TEXT", nullable: true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PublicId",
                table: "Sources",
                column: "PublicId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropColumn(
                name: "AsOf",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Cost",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Eligibility",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Exam",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "OfficialUrl",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Renewal",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "SourceKeys",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Figures",
                table: "Careers");

            migrationBuilder.DropColumn(
                name: "OccupationUrl",
                table: "Careers");
        }
    }
}
